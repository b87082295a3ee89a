"""Helper that does not compile."""
x = 1
def broken(:
    pass
