# TypeVarTuple (*Ts) and ParamSpec (**P) type parameters on functions and classes.
def call[**P, R](f: "Callable[P, R]", *args: P.args, **kwargs: P.kwargs) -> R:
    return f(*args, **kwargs)
class Shape[*Ts]:
    pass
P, R = call.__type_params__
(Ts,) = Shape.__type_params__
print(type(P).__name__, P.__name__, type(R).__name__, type(Ts).__name__, Ts.__name__)
print(call(max, 3, 9))
