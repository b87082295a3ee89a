# global in a function gives LOAD_GLOBAL/STORE_GLOBAL; nonlocal gives LOAD_DEREF/STORE_DEREF; module uses *_NAME.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
def make():
    n = 0
    def step():
        nonlocal n
        n += 10
        return n
    return step
s = make()
print(incr(), incr(), s(), s(), counter)
