# and/or/not: short-circuit results are operands, chains flatten into one BoolOp, and/or precedence.
def v(x):
    print("eval", x)
    return x
print(v(0) and v(1))
print(v(2) or v(3))
print(v(1) and v(2) and v(3))
print(v(0) or v("") or v([]))
print(0 or 1 and 2, (0 or 1) and 0, not 0 and 1, not (0 and 1))
