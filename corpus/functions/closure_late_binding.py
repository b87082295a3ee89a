# Closures capture variables, not values: lambdas made in a loop all see the final value, unless bound by a default.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    out = []
    for j in range(3):
        def h():
            return j
        out.append(h)
    j = 99
    return out
print([h() for h in make()])
