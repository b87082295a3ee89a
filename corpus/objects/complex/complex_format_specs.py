# format(complex, spec): empty type adds parentheses only without a spec, e/f/g apply to both parts, '=' and 0 are rejected.
vals = [1 + 2j, -1.5 - 0.25j, 1j, -0j, 0j, 1e20 + 1e-20j, complex(float('inf'), float('nan')), 2.5 + 0j]
specs = ['', '10', '<20', '^24', '>24', '+', ' ', '.2', '.2f', '+.3e', 'g', '.3g', 'E', '#g', '*^30.1f', ',.2f', '_', 'z.1f']
for spec in specs:
    print(repr(spec), [format(v, spec) for v in vals])
for spec in ('=20', '020', '%', 'd', 'c', '0>10'):
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f'{1+2j}', f'{1+2j!r:>12}', '{:.1f}'.format(3 - 1j), str.format('{0.real} {0.imag}', 5j))
try:
    print('%f' % 1j)
except TypeError as e:
    print(type(e).__name__, e)
print('%s %r' % (1j, -0j))
