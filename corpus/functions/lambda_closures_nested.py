# Nested lambdas close over each other's parameters (currying), and a lambda default captures at creation.
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
