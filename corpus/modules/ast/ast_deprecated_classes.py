# The pre-3.8 constant classes and aliases 3.13 still has: ast.Num/Str/Bytes/NameConstant/
# Ellipsis (DeprecationWarnings on access, construction and isinstance), Constant.n/.s,
# Index/ExtSlice/Suite/AugLoad/Param, Tuple.dims, and visitors with visit_Num.
import ast

print(hasattr(ast, "Num"))
n = ast.Num(5)
print(type(n).__name__, n.value, n.n)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant("s"), ast.Str))
print(isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis))
e = ast.Ellipsis()
print(type(e).__name__, e.value)
c = ast.Constant("x")
print(c.s)
c.s = "y"
print(c.value)
print(ast.Str.__doc__)
print(ast.Index(ast.Constant(1)).__class__.__name__)
t = ast.ExtSlice([ast.Constant(1)])
print(type(t).__name__, t.dims is t.elts)
print(issubclass(ast.AugLoad, ast.expr_context), issubclass(ast.Suite, ast.mod), ast.Param.__doc__)

class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print("num", node.value)
    def visit_Str(self, node):
        print("str", node.value)

Old().visit(ast.parse("x = 1 + 2.5 + 'a' + b'b'"))
r = ast.parse("x = 1").body[0].__reduce__()
print(r[0].__name__, r[1], list(r[2]))
print(ast.Name("q").__reduce__()[1])
try:
    ast.nope
except AttributeError as err:
    print(err)
