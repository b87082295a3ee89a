# A class decorator receives the finished class; it may add attributes or return the same class.
def add_repr(cls):
    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(k + "=" + repr(v) for k, v in vars(self).items()) + ")"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(P(1, "two"))
