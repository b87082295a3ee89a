# return without a value, falling off the end, returning tuples, and multiple return points.
def none1():
    return
def none2():
    pass
def pair():
    return 1, 2
def choose(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
    return "zero"
print(none1(), none2(), pair(), [choose(v) for v in (1, -1, 0)])
a, b = pair()
print(a + b)
