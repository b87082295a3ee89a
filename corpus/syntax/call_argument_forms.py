# Call arguments: positional, keyword, *iterables and **mappings interleaved, trailing commas.
def show(*args, **kwargs):
    return args, kwargs
a, b = [1, 2], (3,)
d = {"k": 1}
print(show())
print(show(0, *a, 4, *b, x=5, **d, y=6))
print(show(*a, key="v", *b))
print(show(**d, other=2, **{"z": 3}))
print(show(1, 2,))
print(show(
    1,
    kw=2,
))
