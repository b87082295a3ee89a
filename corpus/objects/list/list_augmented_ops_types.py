# Operators on lists: + with non-lists fails, += accepts any iterable, * needs an int; message details.
a = [1]
for expr in ["a + (2,)", "a + 'b'", "a + None", "a * 'x'", "a * 2.0", "a - [1]", "a < None", "a @ a", "-a"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
a += range(2)
a += {9: 0}
print(a)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
