# Implicitly concatenated strings as a docstring; a later string statement is not the docstring.
def f():
    "first part " 'second part'
    "ignored"
def g():
    ("parenthesized "
     "docstring")
def h():
    b"bytes are not docstrings"
print(repr(f.__doc__), repr(g.__doc__), repr(h.__doc__))
