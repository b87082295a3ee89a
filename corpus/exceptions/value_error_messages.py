# ValueError messages from conversions, unpacking and container methods.
tests = [
    ("int('x')", lambda: int("x")),
    ("int('1.5')", lambda: int("1.5")),
    ("int('', 16)", lambda: int("", 16)),
    ("int('9', 8)", lambda: int("9", 8)),
    ("int('1', 99)", lambda: int("1", 99)),
    ("float('abc')", lambda: float("abc")),
    ("a, b = [1, 2, 3]", lambda: exec("a, b = [1, 2, 3]")),
    ("a, b, c = [1, 2]", lambda: exec("a, b, c = [1, 2]")),
    ("a, *b, c = [1]", lambda: exec("a, *b, c = [1]")),
    ("[1].index(2)", lambda: [1].index(2)),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("[].remove(1)", lambda: [].remove(1)),
    ("(1,).index(5)", lambda: (1,).index(5)),
    ("chr(-1)", lambda: chr(-1)),
    ("range(0, 5, 0)", lambda: range(0, 5, 0)),
    ("'a'.split('')", lambda: "a".split("")),
    ("'{}{}'.format(1)", lambda: "{}{}".format(1)),
    ("'%d' % 'x'", lambda: "%d %d" % (1,)),
    ("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)])),
    ("bytes([256])", lambda: bytes([256])),
    ("'{0:d}'.format('s')", lambda: "{0:d}".format("s")),
]
for src, fn in tests:
    try:
        fn()
        print(f"{src:22} no error")
    except (ValueError, TypeError, IndexError) as e:
        print(f"{src:22} {type(e).__name__}: {e}")
