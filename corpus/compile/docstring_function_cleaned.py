# A function docstring is co_consts[0], cleaned like inspect.cleandoc except that blank lines are kept.
def f():
    """   First line.

        Indented more.
    Back to margin.
	Tab line.

    """
    return 1
def g():
    "one line"
def h():
    x = 1
    "not a docstring"
    return x
print(repr(f.__doc__))
print(repr(g.__doc__), g())
print(repr(h.__doc__), h())
print(f.__code__.co_consts[0] == f.__doc__, h.__code__.co_consts[0])
