# abc: ABC and ABCMeta, abstract methods and the instantiation error, register and isinstance.
from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 0


def main():
    print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, sorted(Half.__abstractmethods__))
    sq = Square(3)
    print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, ABC))
    for cls in (Shape, Half):
        try:
            cls()
        except TypeError as e:
            print("TypeError", e)
    print(type(Shape).__name__, type(ABC), ABCMeta.__module__, abc.ABC.__module__)

    class Base(metaclass=ABCMeta):
        @abstractmethod
        def run(self, x):
            pass

    class Impl(Base):
        def run(self, x):
            return x * 2

    print(Impl().run(4), Base.run.__isabstractmethod__)
    try:
        Base()
    except TypeError as e:
        print("TypeError", e)

    class Plain:
        pass

    Base.register(Plain)
    print(isinstance(Plain(), Base), issubclass(Plain, Base), issubclass(int, Base), Base.register(Impl) is Impl)
    print(isinstance(3, Base), issubclass(bool, Base))

    class Iterable(ABC):
        @classmethod
        def __subclasshook__(cls, C):
            if cls is Iterable:
                return hasattr(C, "__iter__")
            return NotImplemented

    print(isinstance([], Iterable), isinstance(5, Iterable), issubclass(str, Iterable))

    class WithProp(ABC):
        @property
        @abstractmethod
        def name(self):
            ...

    class Named(WithProp):
        @property
        def name(self):
            return "named"

    print(Named().name, sorted(WithProp.__abstractmethods__))
    try:
        WithProp()
    except TypeError as e:
        print("TypeError", e)


main()
