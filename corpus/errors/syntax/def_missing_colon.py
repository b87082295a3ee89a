# A def header without ':': "expected ':'".
def f()
    pass
