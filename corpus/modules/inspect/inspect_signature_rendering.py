# Signature rendering of defaults (repr), annotations (names, strings, generics) and return annotations.
import inspect

class Box:
    def __repr__(self):
        return "<Box>"

def f(a: int, b: "str" = "x", c: list[int] = [], d=None, e: Box = Box(), *args: float,
      g: dict[str, int] | None = None, **kw: bytes) -> tuple[int, ...]:
    pass

sig = inspect.signature(f)
print(sig)
for p in sig.parameters.values():
    print(str(p), "|", repr(p))
print(sig.return_annotation)
print(inspect.signature(lambda x=1.5, y=-2, z=(1, 2), w="q'": 0))
print(inspect.formatannotation(list[int]), inspect.formatannotation(int), inspect.formatannotation("fwd"))
