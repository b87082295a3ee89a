# STORE_FAST x followed by LOAD_FAST y on the same line fuses into STORE_FAST_LOAD_FAST.
def f(xs):
    out = []
    for x in xs:
        out.append(x * 2)
    y = 3; z = y
    return out, z
print(f([1, 2]))
