# ast.unparse is Python code in CPython: trees nested deeper than the recursion limit allows
# raise RecursionError, at a depth that depends on the node kinds.
import ast
def t(label, src):
    tree = ast.parse(src)
    try:
        ast.unparse(tree)
        print(label, "ok")
    except RecursionError as e:
        print(label, "RecursionError", e)
for n in (329, 330):
    t(f"binop {n}", "y = " + " + ".join(["a"] * n))
for n in (180, 190, 200):
    t(f"paren call {n}", "x = " + "f(" * n + ")" * n)
for n in (95, 99):
    t(f"if {n}", "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n")
for n in (300, 330, 340):
    t(f"or {n}", "y = " + " or ".join(["a"] * n))
for n in (240, 250, 260, 330):
    t(f"attr {n}", "x = a" + ".b" * n)
for n in (300, 320, 330):
    t(f"sub {n}", "x = a" + "[1]" * n)
for n in (240, 250, 330):
    t(f"call chain {n}", "x = a" + "()" * n)
for n in (160, 170, 180, 190, 199):
    t(f"unary {n}", "x = " + "-" * n + "a")
for n in (300, 330):
    t(f"compare {n}", "x = " + " < ".join(["a"] * n))
for n in (200, 250, 300, 330):
    t(f"pow {n}", "x = " + " ** ".join(["a"] * n))
for n in (200, 250, 300, 330):
    t(f"mixed {n}", "x = " + " - ".join(["a * b"] * n))
