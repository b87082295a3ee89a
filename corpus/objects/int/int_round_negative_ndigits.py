# round(int, ndigits): ndigits >= 0 is identity; negative ndigits rounds half to even at that power of ten.
for n in (0, 5, 15, 25, 35, -5, -15, 1234, 1235, 1245, -1245, 1250, 1350, 10**20 + 5 * 10**9):
    print(n, [round(n, d) for d in (2, 0, -1, -2, -3, -30)])
print(round(7), type(round(7)).__name__, round(7, None), round(True, -1), type(round(True)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(round(5, -400), round(10**400, -400), round(5 * 10**399, -400), round(15 * 10**399, -400))
