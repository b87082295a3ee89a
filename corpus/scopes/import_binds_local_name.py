# An import inside a function binds a local name; the module-level name stays unbound.
def f():
    import sys as s
    from sys import maxsize
    return s.maxsize == maxsize, "s" in locals()
print(f())
try:
    s
except NameError as e:
    print("NameError:", e)
