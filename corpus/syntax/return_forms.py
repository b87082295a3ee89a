# return with no value, a value, a bare tuple, and a starred tuple.
def r0(): return
def r1(): return 1
def r2(): return 1, 2
def r3():
    a = [2, 3]
    return 1, *a
def r4(): pass
print(r0(), r1(), r2(), r3(), r4())
