# A generic class whose generic method uses super() and __class__ through the annotation scope.
class Base:
    def hello(self): return "base hello"
class Child[T](Base):
    def hello[U](self, extra: U) -> str:
        return super().hello() + " + " + str(extra) + " in " + __class__.__name__
print(Child().hello(1))
