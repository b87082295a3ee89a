# Any yield in the body makes a generator function, even in an unreachable branch; the body then just returns.
def g():
    return "plain return"
    yield
def h():
    if False:
        yield 1
    print("h body runs")
print(type(g()).__name__, list(g()))
print(list(h()))
lam = lambda: (yield 5)
print(type(lam()).__name__, list(lam()))
