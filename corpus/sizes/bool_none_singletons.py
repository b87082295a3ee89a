# Sizes of the singletons: True/False (ints with one digit), None, Ellipsis, NotImplemented.
import sys

t = True
f = False
n = None
e = ...
ni = NotImplemented
print("True", sys.getsizeof(t), t.__sizeof__())
print("False", sys.getsizeof(f), f.__sizeof__())
print("None", sys.getsizeof(n), n.__sizeof__())
print("Ellipsis", sys.getsizeof(e))
print("NotImplemented", sys.getsizeof(ni))
print("True + True", sys.getsizeof(t + t), "int(False)", sys.getsizeof(int(f)), "-True", sys.getsizeof(-t))
print("bool type", sys.getsizeof(bool), "NoneType", sys.getsizeof(type(None)))
