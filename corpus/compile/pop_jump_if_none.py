# 'is None' / 'is not None' tests in conditions become POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE.
def f(x):
    out = []
    if x is None:
        out.append("none")
    if x is not None:
        out.append("not none")
    if not x is None:
        out.append("not (is none)")
    if None is x:
        out.append("none is x")
    while x is not None:
        x = None
        out.append("loop")
    return out
print(f(None))
print(f(0))
