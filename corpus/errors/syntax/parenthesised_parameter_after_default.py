# Python 2's tuple parameters after a parameter with a default: CPython 3.13 says only
# "invalid syntax" at the '(' ("Function parameters cannot be parenthesized" needs plain
# parameters before and inside the parentheses).
def spam(a, b, d=3, (e, (f,))=(4, (5,)), *g, **h):
    pass
