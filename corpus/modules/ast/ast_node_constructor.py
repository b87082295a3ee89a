# The 3.13 node constructor: defaults for omitted fields ([] for lists, None for optional ones,
# Load() for contexts), deprecation warnings for omitted required fields and unknown keywords,
# and the classes' _field_types, __annotations__ and __doc__.
import ast

n = ast.Name()
print(n.__dict__ == {"ctx": n.ctx}, type(n.ctx).__name__, hasattr(n, "id"))
f = ast.FunctionDef(name="f")
print(sorted(vars(f)))
print(f.body, f.returns, f.type_comment, f.decorator_list)
c = ast.Constant(1, foo=2)
print(c.value, c.foo, c.kind)
b = ast.BinOp(left=ast.Constant(1))
print(sorted(vars(b)))
p = ast.Pass(lineno=3, col_offset=0)
print(p.lineno, p.end_lineno)
try:
    ast.Name("x", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Name("x", id="y")
except TypeError as e:
    print("TypeError:", e)
print(ast.Name._field_types)
print(ast.FunctionDef._field_types)
print(ast.Constant.__annotations__, ast.Load._field_types, ast.comprehension._field_types)
print(hasattr(ast.expr, "_field_types"), hasattr(ast.AST, "_field_types"))
print(ast.Name.__doc__)
print(ast.expr_context.__doc__)
print(ast.stmt.__doc__.splitlines()[:3])
print(ast.arguments.__doc__)
print(ast.Load.__doc__, ast.type_ignore.__doc__)
class Custom(ast.AST):
    _fields = ("a", "b")
x = Custom(1)
print(x.a, hasattr(x, "b"))
