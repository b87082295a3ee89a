# Two '/' markers: "/ may appear only once".
def f(a, /, b, /):
    pass
