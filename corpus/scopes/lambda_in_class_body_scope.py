# A lambda in a class body is a function scope: it cannot see class variables, only globals.
k = "global k"
class C:
    k = "class k"
    get = lambda self: k
    direct = (lambda: k)()
print(C().get(), C.direct)
