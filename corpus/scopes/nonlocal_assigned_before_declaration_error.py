# Assigning a name before its 'nonlocal' declaration is a SyntaxError, checked before the module-level rule.
def outer():
    x = 0
    def inner():
        x = 1
        nonlocal x
    return inner
outer()
