# classmethod binds the class (even when called on an instance); staticmethod binds nothing.
class Counter:
    total = 0

    @classmethod
    def make(cls, n):
        return cls.__name__ + "#" + str(n)

    @staticmethod
    def add(a, b):
        return a + b

    def regular(self):
        return type(self).__name__

class Sub(Counter):
    pass

print(Counter.make(1), Sub.make(2), Sub().make(3))
print(Counter.add(1, 2), Counter().add(3, 4))
print(Counter.make.__self__ is Counter, Sub().make.__self__ is Sub)
sm = Counter.__dict__["add"]
cm = Counter.__dict__["make"]
print(type(sm).__name__, type(cm).__name__)
print(sm(5, 6), sm.__func__ is Counter.add)
print(cm.__func__(Counter, 9))
print(callable(sm), callable(cm))
print(Counter.regular(Sub()))
try:
    Counter.regular()
except TypeError as e:
    print(type(e).__name__, e)
print(cm.__wrapped__ is cm.__func__, sm.__name__, cm.__qualname__)
