# __call__ makes instances callable; it is looked up on the type, not the instance.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times

add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5))
print(list(map(add5, [0, 10])))

class Plain:
    pass
p = Plain()
p.__call__ = lambda: "instance attr"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)

class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(Adder), callable(len), callable(5))
