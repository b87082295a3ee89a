# Builtin functions are builtin_function_or_method objects with __name__, __qualname__, __module__.
for f in (len, print, sorted, max, iter, getattr, __import__, [].append, "".join, dict.fromkeys):
    print(type(f).__name__, f.__name__, f.__qualname__, getattr(f, "__module__", "-"))
print(len.__self__, repr(len), repr(print))
print(len.__doc__.splitlines()[0])
print(len.__text_signature__, abs.__text_signature__, divmod.__text_signature__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(str.join).__name__)
print(type(dict.__dict__["fromkeys"]).__name__, type(int.__dict__["real"]).__name__)
try:
    len.__name__ = "size"
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    len.custom = 1
except AttributeError as e:
    print(type(e).__name__, e)
