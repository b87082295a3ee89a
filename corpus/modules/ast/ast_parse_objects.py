# The node objects ast.parse returns: every field stored (None for absent optional ones) before
# the positions, shared context/operator instances, constants of every type, deep trees.
import ast

t = ast.parse("return\nfrom . import x\nx = a.b[1:2] + -3 ** 2j\nf'{x!r:>4}'\nlambda: (yield)")
for node in ast.walk(t):
    print(type(node).__name__, list(vars(node)))
n1 = ast.parse("a").body[0].value
n2 = ast.parse("b = c").body[0]
print(n1.ctx is ast.parse("z").body[0].value.ctx, n2.targets[0].ctx is ast.parse("q = 1").body[0].targets[0].ctx)
print(n1.ctx is ast.Name("x").ctx, n1.ctx is ast.Load())
ops = ast.parse("a + b - c + d").body[0].value
print(ops.op is ops.left.left.op, type(ops.left.op).__name__)
consts = ast.parse("(1, 2.5, 3j, 'x', b'y', True, None, ..., 10**100, 1e400)").body[0].value.elts
print([type(c.value).__name__ for c in consts], consts[-1].value)
deep = "x = " + "[" * 150 + "]" * 150
print(ast.unparse(ast.parse(deep)) == deep)
chain = "y = " + " + ".join(["a"] * 3000)
print(ast.unparse(ast.parse(chain)) == chain)
print(ast.parse("x", mode="eval").body.__dict__.keys())
print(ast.dump(ast.parse("x: int = 1; del x; import a as b", type_comments=True), include_attributes=True))
