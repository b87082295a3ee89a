# A bare '*' with no keyword-only parameter after it: "named arguments must follow bare *".
def f(a, *):
    pass
