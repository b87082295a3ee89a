# Zero-argument super() follows the MRO of the instance, so cooperative methods visit each class once.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def describe(self):
        return ["Base"]

class Left(Base):
    def __init__(self):
        print("Left.__init__ before")
        super().__init__()
        self.trail.append("Left")
    def describe(self):
        return ["Left"] + super().describe()

class Right(Base):
    def __init__(self):
        print("Right.__init__ before")
        super().__init__()
        self.trail.append("Right")
    def describe(self):
        return ["Right"] + super().describe()

class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")
    def describe(self):
        return ["Bottom"] + super().describe()

b = Bottom()
print(b.trail)
print(b.describe())
print(Left().describe())
