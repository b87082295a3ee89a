# f-string conversions !r !s !a (CONVERT_VALUE) and format specs (FORMAT_WITH_SPEC), including nested fields in a spec.
def f(x, w, p):
    return [f"{x!r}", f"{x!s:>8}", f"{x!a}", f"{3.14159:.{p}f}", f"{x:{w}}|", f"{x:^{w}.{p}}", f"{42:#x}"]
for s in f("héllo", 9, 3):
    print(s)
