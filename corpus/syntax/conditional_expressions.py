# Conditional expressions: right-nested chains, inside arguments, as operands, and lazily evaluated.
def loud(v):
    print("evaluated", v)
    return v
x = 5
print("a" if x > 3 else "b")
print("neg" if x < 0 else "small" if x < 10 else "big")
print((1 if x else 2) + 10, [y if y % 2 else -y for y in range(4)])
r = loud("then") if x else loud("else")
print(r)
