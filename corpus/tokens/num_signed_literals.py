# Signs are operators, not part of number tokens: -1, +1, --1, - 1, -0.0, -0j.
print(-1, +1, --1, - 1, -+-1)
print(-0.0, -0j, -(0j))
print(2**-1, -2**2, (-2)**2)
