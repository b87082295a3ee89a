# enum in use: methods and properties on members, tuple values with __init__, the functional
# API, members as dict keys and in match statements, _missing_, iteration and reversal.
from enum import Enum, IntEnum, Flag, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None

    def next(self):
        return Weekday(self % 3 + 1)


class Color(Enum):
    RED = auto()
    GREEN = auto()

    def describe(self):
        return f"{self.name.title()} is #{self.value}"


class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    AB = A | B


def main():
    print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.gravity, Planet.MERCURY.mass, list(Planet))
    print(Weekday("tue"), Weekday(3).next(), Weekday.WED + 1, Weekday.MON < 2, sum(Weekday), max(Weekday))
    try:
        Weekday("sun")
    except ValueError as e:
        print("ValueError", e)
    print(Color.RED.describe(), {Color.RED: "r"}[Color.RED], list(reversed(Color)), Color["GREEN"].value)
    for c in Color:
        match c:
            case Color.RED:
                print("red!")
            case _:
                print("other", c.name)
    Animal = Enum("Animal", "ANT BEE CAT")
    print(list(Animal), Animal.BEE.value, Animal(3), Animal.__name__)
    Status = Enum("Status", [("OK", 200), ("MISSING", 404)])
    print(Status(404), Status.OK.value, len(Status))
    print(Opt.AB, Opt.A | Opt.B is Opt.AB, list(Opt.AB), Opt.NONE, bool(Opt.NONE), Opt(1), [m.name for m in Opt])
    print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED is Color(1), Color.__members__.keys())


main()
