# `~` on a bool folded by the compiler: the DeprecationWarning belongs to the code calling compile().
# Shown for __main__ once per line; a module compiled by import, or the program itself, stays quiet.
x = ~True
print(x, ~False)
code = compile("y = ~False", "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["y"])
for i in range(3):
    exec("z = ~True", ns)   # one warning for the line, not one per run
print(ns["z"])
print(eval("~True + ~False"))
def f():
    return compile("(~True, ~True)", "<f>", "eval")
print(eval(f()))
print(compile("~~True", "<g>", "eval").co_consts)
try:
    compile("~True\nx = (", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
import ast
t = compile("~True", "<a>", "exec", ast.PyCF_OPTIMIZED_AST)
print(ast.dump(t.body[0].value))
print(ast.dump(ast.parse("~False", optimize=1).body[0].value))   # raised inside Lib/ast.py: quiet
print(eval(compile(ast.parse("~True", mode="eval"), "<b>", "eval")))
