# int / int is correctly rounded true division, even for huge operands; overflow and zero messages.
print(1 / 3, 2 / 3, -1 / 3, 10 / 5, 0 / 7, -0 / 7, 7 / -7)
print(10**400 / 10**399, (10**400 + 1) / 10**399, 1 / 10**400, -1 / 10**400)
print((2**53 + 1) / 1, (2**53 + 3) / 1, 2**1023 * 3 // 2 / 1)
print(10**30 / 3, (10**22 + 1) / 10, 123456789123456789 / 1000)
for a, b in [(10**400, 1), (2**1024, 1), (-(10**400), 3)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
for a in (1, 0, 10**100):
    try:
        a / 0
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(type(4 / 2).__name__, 4 / 2)
