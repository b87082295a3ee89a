# Comparisons between int and float are exact, not done by converting the int to float.
big = 2**53 + 1
print(big == float(big), big > float(big), big - 1 == float(big), float(big) == 2**53)
print(10**400 > float('inf'), 10**400 < float('inf'), -(10**400) > float('-inf'))
nan = float('nan')
print(1 == nan, 1 < nan, 1 > nan, 1 != nan, 10**400 == nan)
print(2**1024 > 1.7976931348623157e308, 2**1023 == 2.0**1023, 0 == -0.0, 1 == 1.0000000000000002)
print(sorted([3, 2.5, True, 2**64, 1e19, -1, -0.5, 0]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
for a, b in [(1, 'a'), (1, None), (1, [])]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == '1', 1 != None, (1 == [1]))
