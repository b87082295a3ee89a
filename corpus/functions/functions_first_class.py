# Functions are values: stored in dicts and lists, passed as arguments and returned.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
def apply(op, a, b):
    return ops[op](a, b)
print([apply(o, 7, 3) for o in "+-*"])
def twice(f):
    return lambda x: f(f(x))
print(twice(lambda s: s + "!")("hi"), twice(twice(lambda n: n * 2))(1))
pipeline = [str.strip, str.upper, lambda s: s.replace(" ", "_")]
s = "  make me a name "
for f in pipeline:
    s = f(s)
print(s)
