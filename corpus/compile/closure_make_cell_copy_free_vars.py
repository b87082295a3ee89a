# Closures: the outer function gets MAKE_CELL prefixes, the inner COPY_FREE_VARS, LOAD_DEREF/STORE_DEREF.
def outer(n):
    total = 0
    def add(k):
        nonlocal total
        total += k + n
        return total
    add(1)
    add(2)
    return total, add.__code__.co_freevars, outer.__code__.co_cellvars
print(outer(10))
