# enum: Enum members (lookup by value and name, aliases, reprs, errors), IntEnum, StrEnum, Flag
# and IntFlag arithmetic, auto(), unique.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(Color.RED in Color, 1 in Color, type(Color.RED), type(Color), Color.__members__, Color.RED == 1, hash(Color.RED) == hash('RED'))
print(repr(Color), str(Color), f"{Color.RED}", format(Color.RED), Color.RED.__class__.__name__, isinstance(Color.RED, Enum))
for f in [lambda: Color(7), lambda: Color['X'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED < Color.BLUE]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class P(IntEnum):
    LOW = 1
    HIGH = auto()
print(P.HIGH, repr(P.HIGH), P.LOW + 1, P.LOW < P.HIGH, int(P.HIGH), P(2), str(P.LOW), f"{P.LOW}", sorted([P.HIGH, P.LOW]))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.W), list(Perm), Perm(3), bool(Perm(0)), repr(Perm(0)), ~Perm.R, Perm.R & Perm.W)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B == 'bee', S.A.upper())
class Auto(Enum):
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value, [m.name for m in Auto])
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
class WithMethod(Enum):
    ONE = 1
    TWO = 2
    def double(self): return self.value * 2
    @property
    def label(self): return self.name.lower()
print(WithMethod.TWO.double(), WithMethod.ONE.label, WithMethod.ONE.__doc__ if False else '')
class F2(IntFlag):
    A = 1
    B = 2
print(F2.A | F2.B, repr(F2.A | 4), F2(3), F2.A | 8)
