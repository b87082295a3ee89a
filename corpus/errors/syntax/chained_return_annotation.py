# Two return annotations: "expected ':'".
def f(x) -> int -> int:
    pass
