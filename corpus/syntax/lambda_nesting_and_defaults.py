# Nested lambdas, lambdas capturing loop variables (late binding) vs. default-argument binding.
add = lambda x: lambda y: x + y
print(add(2)(3))
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(5), cond(-1), cond(0), (lambda: lambda: 7)()())
