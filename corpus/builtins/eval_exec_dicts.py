# eval()/exec() with explicit globals and locals dicts: name resolution and where assignments go.
g = {"x": 10}
print(eval("x + 1", g))
print("__builtins__" in g, type(g["__builtins__"]).__name__)
l = {"y": 5}
print(eval("x * y", g, l))
exec("z = x + y\nx = 'rebound'", g, l)
print(sorted(l), l["z"], l["x"], g["x"])
exec("w = 1", g)
print(g["w"])
print(eval("len('abc')", {}), eval("[n * 2 for n in range(3)]", {}))
result = exec("1 + 1")
print(result)
ns = {}
exec("def f(a):\n    return a * k\nk = 3", ns)
print(ns["f"](2), sorted(k for k in ns if k != "__builtins__"))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("abs(-2)", {"__builtins__": {"abs": abs}}))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval("  1 + 2\t"), eval(b"3 * 3"))
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
