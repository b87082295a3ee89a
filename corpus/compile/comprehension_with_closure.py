# A comprehension whose variable is captured by a lambda: the variable becomes a cell (MAKE_CELL in the parent).
def f():
    fs = [lambda: i for i in range(3)]
    gs = [(lambda i=i: i) for i in range(3)]
    return [h() for h in fs], [h() for h in gs]
print(f())
