# bytearray item assignment takes ints in range(256) (or __index__); negative indices work; errors have exact messages.
ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba)
class I:
    def __index__(self):
        return 33
ba[1] = I()
ba[2] = True
print(ba, ba[0], ba[-2])
for idx, val in [(0, 256), (0, -1), (0, b'a'), (0, 'a'), (0, 1.0), (10, 1), (-6, 1), ('0', 1)]:
    try:
        ba[idx] = val
    except (ValueError, TypeError, IndexError) as e:
        print(repr(idx), repr(val), type(e).__name__, e)
try:
    print(ba[5])
except IndexError as e:
    print(type(e).__name__, e)
