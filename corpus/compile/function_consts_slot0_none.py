# Without a docstring a function's co_consts[0] is None; a lambda's co_consts[0] is None as well.
def f(x):
    return x + 5
def g():
    return "s"
h = lambda: 42
print(f.__code__.co_consts)
print(g.__code__.co_consts)
print(h.__code__.co_consts)
print(f(1), g(), h())
