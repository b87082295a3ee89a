# ast.dump indentation: None (one line), 0 (newlines only), an int, and a string indent.
import ast

tree = ast.parse("def f(a, b=1):\n    return a or b\n")
print(ast.dump(tree))
print(ast.dump(tree, indent=0))
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent="->"))
print(ast.dump(ast.parse("[]"), indent=2))
