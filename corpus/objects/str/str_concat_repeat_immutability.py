# String + and * semantics and errors; augmented assignment creates a new object; strings are immutable.
a = 'ab'
b = a
a += 'cd'
print(a, b, a is b, 'x' * 3, 3 * 'x', 'x' * 0, 'x' * -5, '' * 10, 'ab' * True)
for expr in ["'a' + 1", "1 + 'a'", "'a' + None", "'a' + b'a'", "'a' * 1.0", "'a' - 'a'", "'a' * 'b'", "-'a'", "'a' / 2"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
try:
    'abc'.upper = None
except AttributeError as e:
    print(type(e).__name__, e)
