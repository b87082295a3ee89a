# AST classes: _fields, _attributes, _field_types, base classes, and building nodes by hand.
import ast

for cls in (ast.Module, ast.FunctionDef, ast.BinOp, ast.Name, ast.Constant, ast.arguments, ast.arg,
            ast.keyword, ast.Load, ast.Add, ast.comprehension, ast.Try, ast.match_case):
    print(cls.__name__, cls._fields, cls._attributes, cls.__mro__[1].__name__)
n = ast.Name(id="x", ctx=ast.Load())
print(n.id, type(n.ctx).__name__, hasattr(n, "lineno"))
c = ast.Constant(value=5)
print(c.value, c.kind)
b = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(b))
print(ast.unparse(b))
print(ast.Load() is ast.Load(), type(ast.parse("x").body[0].value.ctx).__name__)
print(issubclass(ast.Constant, ast.expr), issubclass(ast.expr, ast.AST))
