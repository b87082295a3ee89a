# __doc__ comes from the first statement string literal and is not inherited by subclasses.
class A:
    "Docstring of A."
    x = 1

class B(A):
    pass

class C:
    x = 1
    "not a docstring"

class D:
    f"formatted {1}"

class E:
    """Multi
       line
    doc."""

print(repr(A.__doc__), repr(A().__doc__))
print(repr(B.__doc__))
print(repr(C.__doc__))
print(repr(D.__doc__))
print(repr(E.__doc__))
print(repr(type("T", (), {}).__doc__))
print(repr(type("U", (), {"__doc__": "given"}).__doc__))
