# ast.parse raises SyntaxError with filename, line, offset and text; IndentationError is a subclass.
import ast

cases = ["x = = 1", "def f(:\n  pass", "if x:\npass", "  x = 1", "a = 1 +", "f(**x, *y)", "x += 1 = 2", "None = 1"]
for src in cases:
    try:
        ast.parse(src, filename="<case>")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset, repr(e.text))
