# eval/exec with explicit dicts: names resolve in the given locals, then globals, then __builtins__.
g = {"x": 1}
l = {"y": 2}
print(eval("x + y", g, l))
exec("z = x * 10", g, l)
print(sorted(l), "z" in g)
exec("w = 5", g)
print(g["w"], "__builtins__" in g)
def f():
    a = 1
    exec("a = 2; b = 3")
    return a, "b" in locals()
print(f())
