# exec() inside a function cannot rebind the function's locals (3.13: locals() is a snapshot).
def f():
    x = 1
    exec("x = 2")
    print("x after exec:", x)
    ns = {}
    exec("x = 3\ny = x * 2", globals(), ns)
    print("explicit namespace:", ns, "x still", x)
    exec("global_from_exec = 'set'")
    return locals()

result = f()
print(sorted(result), result["x"])
print("global_from_exec" in globals())
def g():
    exec("new_name = 5")
    try:
        return new_name
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(g())
def h():
    loc = locals()
    exec("z = 9", globals(), loc)
    return loc["z"], "z" in locals()
print(h())
