# Type parameters live in their own annotation scope: not visible at module level, visible in methods.
class Outer[T]:
    def method[U](self, x: U) -> tuple[T, U]:
        return (T, U)
    class Inner:
        pass
o = Outer()
t, u = o.method(1)
print(t.__name__, u.__name__, "T" in globals())
def g[T]():
    def inner():
        return T
    return inner()
print(g().__name__)
