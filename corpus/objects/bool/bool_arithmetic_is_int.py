# Arithmetic on bools is int arithmetic: results are int (or float), never bool.
pairs = [(True, True), (True, False), (False, True)]
for a, b in pairs:
    for name, f in [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
                    ('**', lambda x, y: x ** y), ('/', lambda x, y: x / y), ('//', lambda x, y: x // y),
                    ('%', lambda x, y: x % y), ('divmod', divmod)]:
        try:
            r = f(a, b)
            print(a, name, b, '=', repr(r), type(r).__name__)
        except ZeroDivisionError as e:
            print(a, name, b, '->', type(e).__name__, e)
print(-True, +True, abs(False), True + 0.5, True * 'ab', sum([True, True, True]), True * 1j)
print(True == 1, False == 0, True == 1.0, 1 in [True], isinstance(True, int))
