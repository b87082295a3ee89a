# Complex ** small integer exponents uses repeated multiplication; non-integral exponents use polar form.
z = 1 + 1j
for n in range(-4, 9):
    print(n, z ** n, (2 - 3j) ** n)
for e in (0.5, 1.5, -0.5, 1j, 2 + 0j, 2.0, 100, 101.0):
    print(e, (1 + 1j) ** e)
print((-1 + 0j) ** 0.5, (-8 + 0j) ** (1 / 3), 1j ** 0.5, (1j) ** 4, (1j) ** 4.0, (1j) ** (4 + 0j))
