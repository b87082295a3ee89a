# PEP 696 (3.13): defaults for TypeVar, TypeVarTuple and ParamSpec type parameters, with a bound.
def f[T = int, U: str = "str", *Ts = *tuple[int, ...], **P = [int, str]](): pass
T, U, Ts, P = f.__type_params__
print(T.__default__, T.has_default())
print(U.__bound__, U.__default__)
print(Ts.__default__)
print(P.__default__)
class C[X, Y = list[X]]: pass
X, Y = C.__type_params__
print(X.has_default(), Y.__default__)
type Alias[K = str] = dict[K, int]
print(Alias.__type_params__[0].__default__)
