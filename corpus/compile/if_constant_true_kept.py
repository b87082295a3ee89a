# if 1: / if "x": / if (1, 2): keep only the body; the else branch becomes unreachable and is dropped.
def f():
    out = []
    if 1:
        out.append("one")
    else:
        out.append("never")
    if "x":
        out.append("str")
    if (1, 2):
        out.append("tuple")
    if ():
        out.append("never2")
    return out
print(f())
