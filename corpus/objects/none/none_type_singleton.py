# NoneType() returns the singleton None; NoneType cannot be subclassed; None has no writable attributes.
NoneType = type(None)
print(NoneType.__name__, NoneType() is None, type(None)() is None, isinstance(None, NoneType), NoneType.__qualname__)
for call in (lambda: NoneType(1), lambda: NoneType(x=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Sub(NoneType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.missing
except AttributeError as e:
    print(type(e).__name__, e)
