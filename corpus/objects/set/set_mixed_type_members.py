# Sets mixing ints, floats, strs, tuples and None: equal numbers collapse, order is by hash slot.
s = {1, 1.0, True, 'a', (1,), None, 2.5, -1, 0, False, 0.0, '', ()}
print(s, len(s))
print({None, 0}, {0, None}, {0.5, 1.5, 2.5}, {(1, 2), (2, 1)}, {1, '1', b'1'})
