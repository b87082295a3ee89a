# A default value on *args: "var-positional argument cannot have default value".
def f(*args=()):
    pass
