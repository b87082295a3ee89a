# Module docstring: stored with STORE_NAME __doc__ before anything else (a leading comment does not matter).
"""Module docstring.

    The common margin of later lines is removed here too.
"""
x = 1
print(repr(__doc__))
print(x)
