# TypeErrors from using objects the wrong way: calling, subscripting, iterating, unpacking, hashing.
five = 5
nothing = None
tests = [
    ("5()", lambda: five()),
    ("None[0]", lambda: nothing[0]),
    ("iter(5)", lambda: iter(5)),
    ("a, b = 5", lambda: exec("a, b = 5")),
    ("for x in None", lambda: [x for x in None]),
    ("{[]: 1}", lambda: {[]: 1}),
    ("{1} | [1]", lambda: {1} | [1]),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("len(5)", lambda: len(5)),
    ("'x'.join([1])", lambda: "x".join([1])),
    ("(1,).x = 1", lambda: setattr((1,), "x", 1)),
    ("s[0] = 'z'", lambda: exec("s = 'abc'\ns[0] = 'z'")),
    ("del (1,)[0]", lambda: exec("t = (1,)\ndel t[0]")),
    ("t[0] = 1", lambda: exec("t = (1,)\nt[0] = 1")),
    ("f'{x!z}'", lambda: exec("f'{1!z}'")),
    ("int + None", lambda: sum([None])),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
]
for src, fn in tests:
    try:
        fn()
        print(f"{src:20} no error")
    except (TypeError, AttributeError, SyntaxError) as e:
        print(f"{src:20} {type(e).__name__}: {e}")
