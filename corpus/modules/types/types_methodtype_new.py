# types.MethodType(func, obj) builds a bound method; bad arguments get method_new's errors.
import types


class A:
    def __init__(self, v):
        self.v = v


def get(self, k=1):
    return self.v * k


a = A(3)
m = types.MethodType(get, a)
print(m(), m(2), m.__func__ is get, m.__self__ is a, type(m).__name__)
a.get = m
print(a.get(5))
b = types.MethodType(len, "abcd")
print(b())
print(types.MethodType(get, A(2)) == types.MethodType(get, A(2)))

for args, kw in [((1, 2), {}), ((get, None), {}), ((get,), {}), ((), {}), ((get, a, 1), {}), ((get, a), {"x": 1})]:
    try:
        types.MethodType(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
