# Walrus inside a lambda body binds in the lambda's scope; walrus inside comparison chains.
f = lambda v: (w := v * 2) + w
print(f(3), "w" in globals())
if 0 < (n := 5) < 10:
    print("in range", n)
print([y for x in range(3) if (y := x * x) > 0])
