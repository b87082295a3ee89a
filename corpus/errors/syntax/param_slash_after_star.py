# '/' after '*': "/ must be ahead of *".
def f(*, a, /):
    pass
