# inf and nan arithmetic, comparisons, containment by identity, min/max order sensitivity, and conversions.
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf, inf * -1, 1 / inf, inf ** 0, nan ** 0, 1 ** nan, 0 * inf)
print(nan == nan, nan != nan, nan < 1, nan >= nan, inf == inf, inf > 1e308, -inf < -1e308, inf == 10**400)
l = [nan]
print(nan in l, float('nan') in l, l.count(nan), l == l, [nan] == [nan], (nan,) == (nan,), l.index(nan))
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), sorted([3, nan, 1]), sorted([nan, 3, 1]))
print(repr(inf), str(-inf), repr(nan), repr(-nan), str(abs(-nan)), inf.is_integer(), nan.is_integer())
print(hash(inf), hash(-inf), inf.hex(), inf.real, inf.imag, inf.conjugate(), nan.conjugate())
print({inf: 1}[float('inf')], divmod(inf, 3.0)[1] != divmod(inf, 3.0)[1], 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2.0 ** 1023 * 2, 10.0 ** 308 * 10.0 == inf)
