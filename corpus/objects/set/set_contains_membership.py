# Membership uses hash then identity/equality; a set argument to `in` is converted to a frozenset.
s = {1, 'a', (2, 3), frozenset({4})}
print(1 in s, 1.0 in s, True in s, 'a' in s, (2, 3) in s, {4} in s, frozenset({4}) in s, 2 in s)
for x in ([1], {}, bytearray()):
    try:
        x in s
    except TypeError as e:
        print(type(e).__name__, e)
nan = float('nan')
t = {nan}
print(nan in t, float('nan') in t, len({nan, nan}), len({float('nan'), float('nan')}))
