# bool(x) for every builtin kind of value: zeros, NaN, empty containers and views are false, the rest true.
vals = [0, 1, -1, 0.0, -0.0, float('nan'), float('inf'), 0j, 1j, -0j, '', ' ', '0', 'False',
        b'', b'\x00', bytearray(), bytearray(1), [], [0], [[]], (), ((),), {}, {0: 0}, set(),
        {0}, frozenset(), range(0), range(1), range(5, 5), range(5, 0, -1), None, ...,
        {}.keys(), {1: 2}.values(), slice(0), True, False]
for v in vals:
    print(repr(v), bool(v))
print(bool(), bool(0.0 + 5e-324), bool(2**1000), bool(-(2**1000)))
