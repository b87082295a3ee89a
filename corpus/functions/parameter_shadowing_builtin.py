# Parameters and locals named like builtins shadow them inside the function only.
def f(len, list=None):
    return len * 2, list
print(f(3), len("abc"))
def g():
    print = lambda *a: "shadowed"
    return print("x")
print(g())
def h(sum):
    return [sum for sum in range(sum)]
print(h(3), sum([1, 2]))
