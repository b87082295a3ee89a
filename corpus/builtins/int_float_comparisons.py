# Comparisons between ints and floats are exact, even beyond 2**53 and for huge ints vs inf.
big = 2**53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big))
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"), 10**400 == float("inf"))
print(1 == 1.0, 0 == -0.0, True == 1.0, 2**63 == 2.0**63, 2**63 + 1 == 2.0**63)
print(0.1 == 1 / 10, 0.1 + 0.2 == 0.3, 3 == 3.0000000000000001, 3 == 3.000000000000001)
print(sorted([2**53 + 1, float(2**53), 2**53 - 1, 9007199254740993.0]))
print(max(2**53 + 1, float(2**53 + 1)), min(1, 1.0), min(1.0, 1), {1: "int"}.get(1.0))
print(hash(2**53 + 1) == hash(float(2**53 + 1)), len({1, 1.0, 1 + 0j, True}))
