# int ** int, negative exponents giving floats, and three-argument pow with negative and inverse moduli.
print(2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** -1, 2 ** -1, (-2) ** -3, 10 ** -5)
print(pow(3, 200, 7), pow(3, 200, -7), pow(-3, 201, 7), pow(10**20, 10**5, 10**9 + 7))
print(pow(2, -1, 7), pow(3, -2, 11), pow(-3, -1, 7), pow(5, 0, 1), pow(5, 0, -1), pow(0, 0, 7))
print(pow(2, 3, 1), pow(7, 1, 10**30))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2, -1, 1)]:
    try:
        print(args, pow(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        pow(*args)
    except TypeError as e:
        print(args, type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2 ** 10**4 ** 0.5
except Exception as e:
    print(type(e).__name__, e)
print(len(str(7 ** 1000)), (7 ** 1000) % 1000)
