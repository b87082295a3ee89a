# The CFG folds LOAD_CONST...; BUILD_TUPLE only inside one basic block: a folded if-expression splits the block.
def f():
    return (1, 2, 3 if True else 4)
def g():
    return (1, 2, 3)
def h(x):
    return (1, 2, 3 if x else 4)
print(f(), g(), h(0))
print(f.__code__.co_consts)
print(g.__code__.co_consts)
