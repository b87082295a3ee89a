# isinstance/issubclass accept nested tuples and X | Y unions; errors for non-class arguments.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, (int, (str, (A,)))))
print(isinstance(b, int | A))
print(issubclass(B, (int, A)), issubclass(B, str | None))
print(isinstance(None, type(None) | int))
print(issubclass(bool, int), issubclass(int, bool), issubclass(A, A))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object))
print(isinstance(b, ()))

checks = [
    ("isinstance", lambda: isinstance(b, 5)),
    ("isinstance", lambda: isinstance(b, (A, 5))),
    ("isinstance", lambda: isinstance(b, (5, A))),
    ("issubclass", lambda: issubclass(5, A)),
    ("issubclass", lambda: issubclass(B, list[int])),
    ("isinstance", lambda: isinstance(b, list[int])),
]
for name, check in checks:
    try:
        print(name, check())
    except TypeError as e:
        print(name, "TypeError", e)
