# A closure over a parameter sees later rebinding of the parameter in the outer function.
def outer(x):
    def get():
        return x
    before = get()
    x = x * 10
    return before, get()
print(outer(3))
def make(n):
    fs = [lambda: n]
    n += 1
    fs.append(lambda: n)
    return [f() for f in fs]
print(make(1))
