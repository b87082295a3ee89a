# 'nonlocal y' with no enclosing function binding y is a SyntaxError from the symbol table.
def outer():
    def inner():
        nonlocal y
        y = 2
    return inner
print(outer())
