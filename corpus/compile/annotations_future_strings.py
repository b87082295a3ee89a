# from __future__ import annotations: every annotation is stored as its unparsed source string.
from __future__ import annotations
def f(a: list[int], b: dict[str, tuple[int, ...]] | None = None) -> A | B:
    return a
x: 1 + 2 = 3
y: lambda: 0
class C:
    attr: C
    n: int = (1 +
              2)
print(f.__annotations__)
print(__annotations__)
print(C.__annotations__, C.n)
