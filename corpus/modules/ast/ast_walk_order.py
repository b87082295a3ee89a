# ast.walk visits nodes breadth-first; iter_child_nodes and iter_fields show the direct children.
import ast

tree = ast.parse("if a:\n    b = c + 1\nelse:\n    d(e)\n")
print([type(n).__name__ for n in ast.walk(tree)])
node_if = tree.body[0]
print([type(n).__name__ for n in ast.iter_child_nodes(node_if)])
print([(name, type(value).__name__) for name, value in ast.iter_fields(node_if)])
names = sorted(n.id for n in ast.walk(tree) if isinstance(n, ast.Name))
print(names)
print(sum(1 for n in ast.walk(tree) if isinstance(n, ast.expr_context)))
