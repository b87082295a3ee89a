# Mixed int/float arithmetic converts the int to float (with rounding), while comparisons stay exact.
big = 2**53 + 1
print(big + 0.0, big * 1.0, float(big), big - 1.0, big == big + 0.0, big + 0.0 == big - 1)
print(2**63 + 0.0, 2**64 - 1 + 0.0, -(2**63) - 1 + 0.0, 3 * 0.1, 0.1 * 3, 10 * 0.1 == 1)
print(1 / 3 * 3 == 1, 10**16 + 1.0, (10**16 + 1) * 1.0, 10**22 * 1.0 == 10**22, 10**23 * 1.0 == 10**23)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, divmod(-7, 2.0), 2 ** -2, type(4 ** 0.5).__name__, 4 ** 0.5)
print(int(1e23), int(0.1 * 3 * 10**17), int(-1e-9), int(2.0**70), round(2.0**70))
