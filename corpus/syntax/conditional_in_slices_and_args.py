# Conditional expressions, lambdas and walrus expressions as slice bounds and call arguments.
s = list(range(10))
c = True
print(s[1 if c else 2:(n := 5)], n)
print(s[::(lambda: -3)()])
print(sorted(s, key=lambda v: -v if v % 2 else v)[:4])
