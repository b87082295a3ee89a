# Annotations on every parameter kind and the return; __annotations__ lists regular params before positional-only ones.
def f(a: int, /, b: "str" = "x", *args: float, c: bool, d: list = None, **kw: dict) -> tuple:
    return a, b
print(f.__annotations__)
print(f(1, c=True))
