# A metaclass may override mro(); the returned order becomes __mro__ and drives lookup.
class ReverseMeta(type):
    def mro(cls):
        default = super().mro()
        print("mro() called for", cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]

class P:
    tag = "P"
class Q:
    tag = "Q"

class R(P, Q, metaclass=ReverseMeta):
    pass

print([k.__name__ for k in R.__mro__])
print(R.tag)
