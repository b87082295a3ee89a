# dataclasses: generated __init__/__repr__/__eq__/order/hash, frozen instances, field()
# options, KW_ONLY, InitVar and __post_init__, asdict/astuple/replace/fields, and the errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY, MISSING, InitVar
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)
print(P(1), P(1, 2) == P(1, 2), P(1) != P(2), repr(P), P.__match_args__, [f.name for f in fields(P)], fields(P)[0].name, fields(P)[0].type, fields(P)[0].default is MISSING)
print(asdict(P(1, 2, [3])), astuple(P(1)), replace(P(1), y=5), is_dataclass(P), is_dataclass(P(1)), is_dataclass(1))
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__, P.__hash__, P.__doc__, F.__doc__ if False else '')
for f in [lambda: P(), lambda: P(1,2,3,4), lambda: P(1, z=2), lambda: replace(P(1), q=1), lambda: fields(1), lambda: asdict(P)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "s"
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del f.a
except FrozenInstanceError as e: print(e)
print(F(1) < F(2), F(1, "a") <= F(1, "b"), hash(F(1)) == hash(F(1)), sorted([F(3), F(1)]))
try: F(1) < 3
except TypeError as e: print(e)
for src in ["@dataclass\nclass B:\n    x: list = []", "@dataclass\nclass B:\n    x: int = 1\n    y: int", "@dataclass(order=True)\nclass B:\n    def __lt__(self, o): pass"]:
    try: exec(src)
    except Exception as e: print(type(e).__name__, e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=True)
print(K(1, b=5), K.__match_args__)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(Post(3), field(default=1).default, field().default is MISSING)
@dataclass
class E: pass
print(E(), E() == E(), type(MISSING).__name__)
@dataclass(eq=False)
class N:
    v: int
print(N(1) == N(1), N.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(3)) == hash((3,)))
@dataclass
class Nest:
    p: P
    ps: list
print(asdict(Nest(P(1), [P(2)])), astuple(Nest(P(1), [P(2)])))
@dataclass
class WithIV:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(WithIV(3), WithIV(3, 10))
print(P.__dataclass_fields__.keys())
@dataclass(slots=True)
class S:
    a: int
print(S(1), S.__slots__)
print(F.__doc__, K.__doc__, Post.__doc__)
M = __import__("dataclasses").make_dataclass("M", [("a", int), ("b", str, field(default="x"))])
print(M(1), M.__module__, [f.name for f in fields(M)])
