# Declaring one name both nonlocal and global in a function is a SyntaxError.
def outer():
    x = 1
    def inner():
        global x
        nonlocal x
    return inner
outer()
