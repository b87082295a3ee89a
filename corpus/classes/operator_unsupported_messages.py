# "unsupported operand type(s)" and "bad operand type" TypeErrors name the operator and types.
class A:
    pass

class Nope:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented

tests = [
    ("A() + 1", lambda: A() + 1),
    ("1 + A()", lambda: 1 + A()),
    ("A() - A()", lambda: A() - A()),
    ("A() @ 2", lambda: A() @ 2),
    ("A() ** 2", lambda: A() ** 2),
    ("pow(A(), 2, 3)", lambda: pow(A(), 2, 3)),
    ("divmod(A(), 1)", lambda: divmod(A(), 1)),
    ("A() << 1", lambda: A() << 1),
    ("Nope() + Nope()", lambda: Nope() + Nope()),
    ("'a' + 1", lambda: "a" + 1),
    ("1 + 'a'", lambda: 1 + "a"),
    ("[1] * 1.5", lambda: [1] * 1.5),
    ("-A()", lambda: -A()),
    ("~A()", lambda: ~A()),
    ("abs(A())", lambda: abs(A())),
    ("~1.5", lambda: ~1.5),
    ("+'s'", lambda: +"s"),
    ("None | 1", lambda: None | 1),
]
for src, fn in tests:
    try:
        fn()
    except TypeError as e:
        print(f"{src:16} -> {e}")
