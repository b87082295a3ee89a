# IndexError messages for list, tuple, str, bytes, range and mutation methods.
tests = [
    ("[][0]", lambda: [][0]),
    ("[1][-2]", lambda: [1][-2]),
    ("()[0]", lambda: ()[0]),
    ("''[0]", lambda: ""[0]),
    ("b''[0]", lambda: b""[0]),
    ("bytearray()[0]", lambda: bytearray()[0]),
    ("range(3)[5]", lambda: range(3)[5]),
    ("[].pop()", lambda: [].pop()),
    ("[1].pop(5)", lambda: [1].pop(5)),
    ("lst[9] = 1", lambda: [1].__setitem__(9, 1)),
    ("del lst[9]", lambda: [1].__delitem__(9)),
    ("[1][2**70]", lambda: [1][2**70]),
]
for src, fn in tests:
    try:
        fn()
    except (IndexError, TypeError) as e:
        print(f"{src:16} {type(e).__name__}: {e}")
print([1, 2, 3][5:], "abc"[10:], [1][-100:])
