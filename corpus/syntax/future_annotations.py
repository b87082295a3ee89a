# from __future__ import annotations: annotations are stored as strings (unparsed source).
from __future__ import annotations
def f(x: list[int], *args: tuple[str, ...], y: int | None = None) -> dict[str, "X"]:
    return {}
v: Undefined.name[1] = 3
print(f.__annotations__)
print(__annotations__)
