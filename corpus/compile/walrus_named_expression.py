# := evaluates, COPY 1, stores: usable in conditions and while loops.
def f(data):
    out = []
    it = iter(data)
    while (v := next(it, None)) is not None:
        out.append(v)
    if (n := len(out)) > 2:
        out.append(n)
    return out
print(f([1, 2, 3]))
