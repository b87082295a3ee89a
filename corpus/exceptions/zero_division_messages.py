# ZeroDivisionError messages differ by operation and operand types.
tests = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("1j / 0", lambda: 1j / 0),
    ("pow(2, -1, 1)", lambda: pow(2, -1, 1)),
    ("True / False", lambda: True / False),
]
for src, fn in tests:
    try:
        print(src, "=", fn())
    except ZeroDivisionError as e:
        print(f"{src:15} ZeroDivisionError: {e}")
print(issubclass(ZeroDivisionError, ArithmeticError))
