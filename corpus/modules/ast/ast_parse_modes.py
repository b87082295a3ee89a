# ast.parse in exec, eval, single and func_type modes, and what each root node looks like.
import ast

print(ast.dump(ast.parse("x = 1\ny = x")))
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x + 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("")))
print(type(ast.parse("1", mode="eval")).__name__, type(ast.parse("1")).__name__)
try:
    ast.parse("x = 1", mode="eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    ast.parse("x", mode="nope")
except ValueError as e:
    print("ValueError:", e)
