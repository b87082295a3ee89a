# ELLIPSIS vs DOT: '...' is one token, '. . .' is three; dots in attribute chains and relative-looking forms.
e = ...
print(e, e is Ellipsis, type(...).__name__)
def stub(): ...
print(stub(), [...][0], (..., ...))
class A: pass
A.b = A()
A.b.c = 3
print(A.b.c)
print(3.0.real, (1).__abs__())
