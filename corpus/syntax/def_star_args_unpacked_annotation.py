# PEP 646: a starred annotation on *args ("*args: *Ts") is Starred in the AST; at run time it unpacks one item.
class TupleOf:
    def __iter__(self):
        return iter(["unpacked Ts"])
Ts = TupleOf()
def f(*args: *Ts):
    return args
print(f(1, "a"), f.__annotations__)
