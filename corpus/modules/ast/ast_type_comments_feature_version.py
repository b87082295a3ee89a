# ast.parse(type_comments=True) records type comments; feature_version rejects newer syntax.
import ast

src = "def f(a, b):  # type: (int, str) -> bool\n    x = []  # type: list\n    return True\n"
tree = ast.parse(src, type_comments=True)
fn = tree.body[0]
print(fn.type_comment, fn.body[0].type_comment)
print(ast.parse(src).body[0].type_comment)
print(ast.dump(ast.parse("x = 1  # type: ignore[misc]", type_comments=True)))
try:
    ast.parse("match x:\n    case 1: pass", feature_version=(3, 9))
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    ast.parse("(a := 1)", feature_version=(3, 7))
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(ast.dump(ast.parse("(a := 1)", feature_version=(3, 8))))
