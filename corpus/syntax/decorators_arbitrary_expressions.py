# PEP 614: any expression after '@': subscripts, calls on attributes, lambdas, conditionals, walrus.
registry = {"up": lambda f: lambda: f().upper()}
class NS:
    deco = [lambda f: lambda: f() + "!"]
ns = NS()
@registry["up"]
def a(): return "a"
@ns.deco[0]
def b(): return "b"
@(lambda f: lambda: "lambda " + f())
def c(): return "c"
@registry["up"] if True else None
def d(): return "d"
@(w := ns.deco[0])
def e(): return "e"
print(a(), b(), c(), d(), e(), w is ns.deco[0])
