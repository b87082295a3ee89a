# A keyword-only parameter's '=' followed by ')': "expected default value expression".
def f(*, suffix=):
    pass
