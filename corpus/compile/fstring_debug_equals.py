# f"{x=}" expands to the literal text 'x=' plus repr(x) (!r by default, !s when a format spec is given).
def f(x, y):
    return [f"{x=}", f"{x = }", f"{x=!s}", f"{y=:.2f}", f"{x * 2=}", f"{'q'=}"]
for s in f("s", 1.5):
    print(s)
