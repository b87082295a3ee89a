# Methods decorated with property, setter, staticmethod and classmethod (the decorator syntax in a class body).
class T:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, value): self._v = value * 10
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def c(cls): return cls.__name__
t = T()
t.v = 2
print(t.v, T.s(1), t.s(2), T.c(), t.c())
