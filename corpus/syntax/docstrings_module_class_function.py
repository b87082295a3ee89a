"""Module docstring: pins docstrings of module, class, function and non-docstring first strings."""
class C:
    """class doc"""
    def m(self):
        """method doc"""
def f():
    'single-quoted doc'
def g():
    x = 1
    "not a docstring"
def h():
    f"not a docstring {1}"
print(__doc__[:17], C.__doc__, C.m.__doc__, f.__doc__, g.__doc__, h.__doc__)
