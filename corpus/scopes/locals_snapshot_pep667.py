# PEP 667 (3.13): locals() in a function returns a fresh snapshot each call; writing to it does not change locals.
def f():
    x = 1
    snap = locals()
    snap["x"] = 99
    snap["new"] = 5
    y = 2
    again = locals()
    return x, sorted(snap), sorted(again), "new" in again, again["x"]
print(f())
def g():
    a = 1
    return locals() is locals()
print(g())
