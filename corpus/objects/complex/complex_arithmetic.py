# Complex arithmetic with ints, floats and complexes, including mixed signed zeros and the division algorithm.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0.5, a ** b, a ** -1, 2 ** a)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, 1j ** 2, (1j) ** 3, 1j ** 1j, 0j ** 0)
print((1e308 + 1e308j) * 2, (1e-320 + 1j) / (1 + 1e-320j), (1 + 1j) / 1e308, complex(2, 0) * complex(0, 3))
print((-0.0 + 0j) + 0j, 0j - 0j, -0j - 0j, (-1) * 0j, 0j * -1, -(0j), 1j * 1j == -1, (1 + 2j) == (1 + 2j) + 0)
print(abs(3 + 4j), abs(-1j), abs(complex(float('inf'), float('nan'))), abs(1e308 + 1e308j))
try:
    abs(complex(1e308 * 10, 1))
except OverflowError as e:
    print(type(e).__name__, e)
