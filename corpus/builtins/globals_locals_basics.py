# globals() is the module dict; locals() in a function is a snapshot (3.13 PEP 667 semantics).
x = 1
g = globals()
print(g["x"], g is globals(), "__name__" in g, g["__name__"])
g["created"] = "via globals()"
print(created)

def func(a):
    b = 2
    loc = locals()
    print(sorted(loc), loc["a"], loc["b"])
    loc["b"] = 99
    loc["c"] = 3
    print(b, sorted(locals()))
    print(locals() is locals())
func(1)

def closure():
    outer = "o"
    def inner():
        return sorted(locals())
    def uses():
        return outer, sorted(locals())
    return inner(), uses()
print(closure())
print(locals() is globals())
print([k for k in globals() if not k.startswith("__")])
