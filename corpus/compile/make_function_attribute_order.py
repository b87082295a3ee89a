# MAKE_FUNCTION then SET_FUNCTION_ATTRIBUTE for closure(8), annotations(4), kwdefaults(2), defaults(1) in that order.
def outer():
    v = 1
    def f(a: int = v, *, b: str = "b") -> int:
        return a + v
    return f
f = outer()
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, len(f.__closure__), f())
