# inspect.signature of builtins comes from __text_signature__; some builtins have none and raise ValueError.
import inspect

for fn in (len, sorted, divmod, print, dict.get, str.split, object.__init__, abs, repr):
    print(fn.__qualname__, inspect.signature(fn))
    print("   text:", repr(getattr(fn, "__text_signature__", None)))
for fn in (max, min, iter, next, getattr, range, int):
    try:
        inspect.signature(fn)
    except ValueError as e:
        print("ValueError:", e)
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
