# A parameter without a default after one with a default: "parameter without a default follows parameter with a default".
def f(a=1, b):
    pass
