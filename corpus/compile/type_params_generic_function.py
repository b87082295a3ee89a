# def f[T](x: T) -> T: a <generic parameters of f> function creates T with CALL_INTRINSIC_1 INTRINSIC_TYPEVAR.
def f[T](x: T) -> T:
    return x
def g[T: int, *Ts, **P](a: T = 1) -> T:
    return a
print(f(5), f.__type_params__)
print(g(), g.__type_params__)
T, Ts, P = g.__type_params__
print(T.__bound__, type(Ts).__name__, type(P).__name__)
