# obj.m(args) uses LOAD_ATTR with the method bit (+ NULL|self); obj.attr(args) on a non-method still uses it.
class A:
    def m(self, x):
        return x + 1
    f = staticmethod(lambda x: x * 2)
a = A()
print(a.m(1), a.f(2), "abc".upper(), [3, 1, 2].index(2))
g = a.m
print(g(5))
