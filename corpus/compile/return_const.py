# LOAD_CONST + RETURN_VALUE becomes RETURN_CONST, including the implicit return None and returns in branches.
def f(x):
    if x:
        return "yes"
    elif x is None:
        return
    return (1, 2)
def g():
    pass
print(f(1), f(None), f(0), g())
