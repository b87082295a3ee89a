# Float division, floor division, modulo and divmod by zero: each has its own ZeroDivisionError message.
ops = [('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', divmod), ('**-1', lambda a, b: b ** -1), ('**-0.5', lambda a, b: b ** -0.5)]
for a, b in [(1.0, 0.0), (1.0, -0.0), (0.0, 0.0), (1, 0.0), (1.0, 0), (float('inf'), 0.0), (float('nan'), 0.0)]:
    for name, f in ops:
        try:
            print(a, name, b, '=', f(a, b))
        except ZeroDivisionError as e:
            print(a, name, b, '->', type(e).__name__, e)
print(1e-320 / 1e10, 1e308 / 1e-10, -1e308 / 1e-10, 1.0 / float('inf'), -1.0 / float('inf'))
