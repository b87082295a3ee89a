# Complex numbers support only == and !=; ordering raises; hash combines real and imag hashes.
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1j, 1j != 2j, (0j == 0), complex(float('nan')) == complex(float('nan')))
print(1 + 0j == True, 2**53 + 1 == complex(2**53 + 1), 10**400 == 0j)
for expr in ['1j < 2j', '1j <= 1', '1 > 1j', '1j >= 1.0', 'sorted([1j, 2j])', 'max(1j, 2j)']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
for v in [0j, 1 + 0j, 1j, -1j, 2 + 3j, 1.5 - 2.5j, complex(-1, 0), complex(0, -1), complex(1e100, 1e-100), complex(float('inf'), 1)]:
    print(repr(v), hash(v))
print(hash(1 + 0j) == hash(1), hash(complex(0.5)) == hash(0.5), {1: 'a', 1 + 0j: 'b', 1.0: 'c'})
