# Class-level names are invisible inside comprehensions and nested functions in the class body.
class A:
    base = 10
    items = [1, 2, 3]
    firsts = [x for x in items]  # the outermost iterable is evaluated in class scope
    try:
        added = [x + base for x in items]
    except NameError as e:
        error = str(e)

print(A.firsts)
print(A.error)
print(hasattr(A, "added"))

class B:
    v = 5
    def get():
        return v

try:
    B.get()
except NameError as e:
    print(type(e).__name__, e)

v = "global"
print(B.get())

class C:
    n = 3
    table = {k: k * 2 for k in range(n)}
print(C.table)
