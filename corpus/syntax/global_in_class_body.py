# global inside a class body binds the module-level name instead of a class attribute.
counter = 0
class C:
    global counter
    counter = 5
    local = 1
print(counter, hasattr(C, "counter"), C.local)
