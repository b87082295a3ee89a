# PEP 614: any expression can be a decorator (subscripts, attribute calls, lambdas, conditional expressions).
decos = {"up": lambda fn: lambda: fn().upper()}
class NS:
    @staticmethod
    def wrap(fn):
        return lambda: "[" + fn() + "]"
@decos["up"]
def a():
    return "a"
@NS.wrap
def b():
    return "b"
@(lambda fn: lambda: fn() * 2)
def c():
    return "c"
@(NS.wrap if True else None)
def d():
    return "d"
print(a(), b(), c(), d())
