# Zero-argument super() works in classmethods and staticmethods only where __class__ is available.
class Shape:
    count = 0
    @classmethod
    def create(cls, *args):
        Shape.count += 1
        return cls(*args)
    @classmethod
    def describe(cls):
        return "Shape(" + cls.__name__ + ")"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    @classmethod
    def create(cls, side):
        print("Square.create")
        return super().create(side)
    @classmethod
    def describe(cls):
        return "Square<" + super().describe() + ">"
    @staticmethod
    def helper():
        try:
            return super()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

sq = Square.create(3)
print(type(sq).__name__, sq.side, Shape.count)
print(Square.describe())
print(Square.helper())

class Cube(Square):
    pass
print(Cube.describe())
