# Lambdas as default values and inside comprehensions; a lambda returning a tuple needs parentheses.
def apply(x, fn=lambda v: v + 100):
    return fn(x)
print(apply(1), apply(1, lambda v: -v))
fns = [lambda v, k=k: v * k for k in range(3)]
print([f(10) for f in fns])
pair = lambda: (1, 2)
print(pair())
