# dir() with no argument lists the current scope's names, sorted: function locals, class namespace, module.
def f(a, b=1):
    c = 3
    return dir()
class C:
    p = 1
    q = 2
    inside = dir()
print(f(0))
print([n for n in C.inside if not n.startswith("__")])
print([n for n in dir() if not n.startswith("__")])
