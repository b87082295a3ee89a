# The 'z' format option turns negative zero (after rounding) into positive zero for float presentation types.
for v in [-0.0, 0.0, -0.0001, -0.004, -0.005, -0.5, -1e-300, 0.0001]:
    print(repr(v), [format(v, s) for s in ('.2f', 'z.2f', 'z.0f', 'z.1e', 'zg', 'z.0%', '+z.2f', ' z.1f', 'z', 'z.3')])
print(f'{-0.0:z}', f'{-0.0:z.0f}', '{:z.2f}'.format(-0.001), format(-0.0 + 0j, 'z.1f'))
for spec in ('zd', 'zs', 'z'):
    try:
        print(format(-0, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
try:
    print('%z.2f' % -0.0)
except ValueError as e:
    print(type(e).__name__, e)
