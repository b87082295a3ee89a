# staticmethod receives no implicit first argument; classmethod receives the class (the subclass when inherited).
class Base:
    count = 0
    @staticmethod
    def s(x):
        return ("static", x)
    @classmethod
    def c(cls, x):
        return ("class", cls.__name__, x)
class Sub(Base):
    pass
print(Base.s(1), Base().s(2))
print(Base.c(3), Sub.c(4), Sub().c(5))
print(type(Base.__dict__["s"]).__name__, type(Base.__dict__["c"]).__name__)
