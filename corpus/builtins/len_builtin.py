# len() of every builtin container type and its error for unsized objects.
values = ["", "héllo", b"\x00\x01", bytearray(3), [], [None] * 4, (1,), {}, {"a": 1},
          set(), frozenset("abca"), range(10), range(0, 10, 3), range(5, 0), {}.keys(),
          {"a": 1, "b": 2}.items(), memoryview(b"abc")]
for v in values:
    print(type(v).__name__, len(v))
for bad in (5, 1.5, None, iter([1]), (x for x in "a"), len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
