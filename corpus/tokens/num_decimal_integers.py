# Decimal integer literals: zero forms (0, 00, 0_0), plain, underscored, and long ones.
values = [0, 00, 000, 0_0, 00_00, 1, 7, 10, 123, 1_000, 1_2_3, 99999999999999999999]
for v in values:
    print(v, type(v).__name__)
print(sum(values))
