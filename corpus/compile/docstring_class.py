# A class docstring is stored as __doc__ in the class body, after __qualname__ and __firstlineno__.
class A:
    """Class A docstring."""
    x = 1
class B:
    x = 2
class C:
    x = 3
    """late string: not a docstring"""
print(A.__doc__, A.x)
print(B.__doc__, B.x)
print(C.__doc__, C.x)
