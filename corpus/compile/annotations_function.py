# Function annotations are built as a flat ('name', value, ...) tuple and set via SET_FUNCTION_ATTRIBUTE 4.
def f(a: int, b: "B" = 2, *args: str, c: float = 1.0, **kw: dict) -> list:
    x: int = 1
    return [a, b, c, x]
print(f.__annotations__)
print(f(1))
def g(a, b):
    return a
print(g.__annotations__)
