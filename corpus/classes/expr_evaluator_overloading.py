# A symbolic expression tree built with operator overloading, printed, evaluated and differentiated.
class Expr:
    def __add__(self, o): return Add(self, wrap(o))
    def __radd__(self, o): return Add(wrap(o), self)
    def __sub__(self, o): return Sub(self, wrap(o))
    def __rsub__(self, o): return Sub(wrap(o), self)
    def __mul__(self, o): return Mul(self, wrap(o))
    def __rmul__(self, o): return Mul(wrap(o), self)
    def __neg__(self): return Mul(Const(-1), self)
    def __pow__(self, n): return Pow(self, n)

def wrap(x):
    return x if isinstance(x, Expr) else Const(x)

class Const(Expr):
    def __init__(self, v): self.v = v
    def __str__(self): return str(self.v)
    def eval(self, env): return self.v
    def diff(self, var): return Const(0)

class Var(Expr):
    def __init__(self, name): self.name = name
    def __str__(self): return self.name
    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError(f"unbound variable {self.name!r}") from None
    def diff(self, var): return Const(1 if var == self.name else 0)

class BinOp(Expr):
    def __init__(self, l, r): self.l, self.r = l, r
    def __str__(self): return f"({self.l} {self.sym} {self.r})"
    def eval(self, env): return self.op(self.l.eval(env), self.r.eval(env))

class Add(BinOp):
    sym = "+"
    op = staticmethod(lambda a, b: a + b)
    def diff(self, v): return self.l.diff(v) + self.r.diff(v)

class Sub(BinOp):
    sym = "-"
    op = staticmethod(lambda a, b: a - b)
    def diff(self, v): return self.l.diff(v) - self.r.diff(v)

class Mul(BinOp):
    sym = "*"
    op = staticmethod(lambda a, b: a * b)
    def diff(self, v): return self.l.diff(v) * self.r + self.l * self.r.diff(v)

class Pow(Expr):
    def __init__(self, base, n): self.base, self.n = base, n
    def __str__(self): return f"{self.base}^{self.n}"
    def eval(self, env): return self.base.eval(env) ** self.n
    def diff(self, v): return self.n * self.base ** (self.n - 1) * self.base.diff(v)

x, y = Var("x"), Var("y")
e = 3 * x ** 2 + 2 * x * y - y + 7
print(e)
print(e.eval({"x": 2, "y": 5}))
d = e.diff("x")
print(d)
print(d.eval({"x": 2, "y": 5}))
print((-x).eval({"x": 4}), (1 - x).eval({"x": 4}))
try:
    e.eval({"x": 1})
except NameError as err:
    print(type(err).__name__, err)
