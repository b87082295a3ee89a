# close() on the outer generator closes the delegated inner generator first (both finally blocks run, inner first).
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
g.close()
print("closed", g.gi_frame)
