# Every Python function, lambda and nested def has the same type, 'function'; builtins are different types.
def f():
    pass
lam = lambda: 0
def outer():
    def inner():
        pass
    return inner
print(type(f) is type(lam) is type(outer()), type(f).__name__)
print(type(len).__name__, type([].append).__name__, type("".join).__name__)
print(type(f.__code__).__name__, type(f.__globals__).__name__)
