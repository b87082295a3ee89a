# An inlined comprehension in a class body inside a function: the names free in its own nested scopes join its symbols in the order CPython's set of free names iterates (string hashes, and the set's history of copies, merges and resizes), which orders its LOAD_FAST_AND_CLEAR/STORE_FAST pairs (here y before x).
def f(x, y, key, bar, result, _x, m):
    class C:
        gens = [(y for i in a if x) for a in ([1], [2])]
        funcs = [lambda: (x, y) for j in (1, 2)]
        many = [lambda: (result, _x, bar, key, m) for j in (1, 2)]
    return C


C = f(10, 20, 1, 2, 3, 4, 5)
print([list(g) for g in C.gens], [h() for h in C.funcs], [h() for h in C.many])
