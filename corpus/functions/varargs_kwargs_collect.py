# *args collects extra positionals into a tuple, **kwargs extra keywords into a dict in call order.
def f(a, *args, b=0, **kwargs):
    return a, args, b, kwargs
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, z=1, b=5, y=2, x=3))
r = f(1, 2)
print(type(r[1]).__name__, type(r[3]).__name__)
print(f(*[1, 2], **dict(q=1, p=2)))
