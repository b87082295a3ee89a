# RARROW '->' in return annotations, COLON in parameter and variable annotations.
def f(x: int, y: "str" = "s") -> list[int]:
    return [x]
def g()->None: pass
v: int = 3
w: dict[str, int]
print(f(1), g(), v, f.__annotations__, g.__annotations__)
