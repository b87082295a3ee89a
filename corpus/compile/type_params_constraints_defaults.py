# Bounds, constraints and PEP 696 defaults are lazily evaluated in their own small code objects named after the type var.
class Item:
    pass
def f[T: Item, S: (int, str), U = list[Item]](a: T, b: S, c: U):
    return a, b, c
T, S, U = f.__type_params__
print(T.__bound__, S.__constraints__, U.__default__)
print(T.has_default(), U.has_default())
