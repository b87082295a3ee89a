# Stage 3 of the article's walk-through: ast.parse and ast.dump(indent=2) of 'print("hello")'.
import ast

source = 'print("hello")'
tree = ast.parse(source)
print(ast.dump(tree, indent=2))
print(ast.dump(tree))
call = tree.body[0].value
print(type(call).__name__, call.func.id, call.args[0].value, call.keywords)
