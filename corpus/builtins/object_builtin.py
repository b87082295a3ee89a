# object() instances: no __dict__, no attribute assignment, identity-based equality and default repr shape.
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, hasattr(o, "__dict__"))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(str(o).startswith("<object object at 0x"), repr(o) == str(o))
print(object.__bases__, object.__mro__, type(object.__init__).__name__)
print(o.__class__ is object, isinstance(o, object), len(dir(o)) > 20)
try:
    o < p
except TypeError as e:
    print(type(e).__name__, e)
print(o.__eq__(p), o.__ne__(p), o.__eq__(o), o.__lt__(p))
print(object.__sizeof__(o), o.__hash__() == hash(o))
