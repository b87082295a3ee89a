# Generator expressions are never inlined: they get their own <genexpr> code object with RETURN_GENERATOR.
def f(data):
    g = (x * 2 for x in data)
    return sum(g), type(g).__name__
print(f([1, 2, 3]))
print(sum(x for x in range(4)))
