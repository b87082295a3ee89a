# x if c else y: a branch on c, each arm jumping to a common end; nested conditional expressions.
def f(c, d):
    return ("a" if c else "b"), ("x" if c else "y" if d else "z")
print(f(1, 0), f(0, 1), f(0, 0))
