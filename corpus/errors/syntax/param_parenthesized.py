# Python 2 tuple parameters: "Function parameters cannot be parenthesized".
def f((a, b)):
    pass
