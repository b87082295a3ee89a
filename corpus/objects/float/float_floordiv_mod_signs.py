# Float // and % follow the divisor's sign; results keep signed zeros and agree with divmod.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (-0.0, -3),
         (1e-300, 1), (-1e-300, 1), (5, 0.1), (1, 0.1), (-1, 0.1), (1e20, 3.0), (6.0, 2.0), (-6.0, 2.0),
         (float('inf'), 2.0), (2.0, float('inf')), (-2.0, float('inf')), (2.0, float('-inf')), (0.3, 0.1)]
for a, b in pairs:
    print(f'{a!r} // {b!r} = {a // b!r}; % = {a % b!r}; divmod = {divmod(a, b)!r}')
