# TypeVar bounds (T: int) and constraints (T: (int, str)) are evaluated lazily.
def f[T: int, U: (int, str), V](x: T, y: U, z: V) -> None: pass
T, U, V = f.__type_params__
print(T.__name__, T.__bound__, T.__constraints__)
print(U.__name__, U.__bound__, U.__constraints__)
print(V.__name__, V.__bound__, V.__constraints__)
class C[X: "Forward"]: pass
print(C.__type_params__[0].__bound__)
