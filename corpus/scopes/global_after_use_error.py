# Using a name before its 'global' declaration in the same function is a SyntaxError.
x = 1
def f():
    print(x)
    global x
    x = 2
f()
