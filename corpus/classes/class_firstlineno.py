# __firstlineno__ (new in 3.13) is the line of the class statement itself, after decorators.
def deco(cls):
    return cls


class Plain:
    pass


@deco
@deco
class Decorated:
    pass


def f():
    class InFunc:
        pass
    return InFunc


print(Plain.__firstlineno__)
print(Decorated.__firstlineno__)
print(f().__firstlineno__)
print("__firstlineno__" in Plain.__dict__)
print(hasattr(type("T", (), {}), "__firstlineno__"))
class Sub(Plain): pass
print(Sub.__firstlineno__, "__firstlineno__" in Sub.__dict__)
