# ast.increment_lineno and ast.copy_location move positions; positions are UTF-8 byte offsets.
import ast

tree = ast.parse("a = 1\nb = 'é' + c\n")
assign = tree.body[1]
print([(n.__class__.__name__, n.lineno, n.col_offset, n.end_col_offset) for n in ast.walk(assign) if hasattr(n, "lineno")])
ast.increment_lineno(tree, 10)
print([(s.lineno, s.end_lineno) for s in tree.body])
new = ast.Name(id="q", ctx=ast.Load())
ast.copy_location(new, assign.value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
fixed = ast.fix_missing_locations(ast.Expression(body=ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(fixed.body.lineno, fixed.body.col_offset, fixed.body.left.lineno)
print(eval(compile(fixed, "<f>", "eval")))
