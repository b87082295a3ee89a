# ast.dump with include_attributes=True (positions), annotate_fields=False and show_empty=True.
import ast

tree = ast.parse("a.b = c[1:2]")
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, show_empty=True))
print(ast.dump(ast.parse("f()"), show_empty=True, indent=1))
print(ast.dump(ast.Name("x"), include_attributes=True))
