# Bound methods: __self__, __func__, equality of two bindings, and calling the function through the class.
class C:
    def __init__(self, v):
        self.v = v
    def get(self, add=0):
        return self.v + add
c = C(5)
m = c.get
print(m(), m(1), m.__self__ is c, m.__func__ is C.get)
print(c.get == c.get, c.get is c.get, C.get(c, 2))
print(type(m).__name__, type(C.get).__name__, m.__name__, m.__qualname__)
