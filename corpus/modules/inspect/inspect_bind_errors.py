# Signature.bind and bind_partial: BoundArguments and the exact TypeError messages on bad calls.
import inspect

def f(a, b=2, /, c=3, *args, d, **kw):
    pass

sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments)
print(ba.args, ba.kwargs)
bp = sig.bind_partial(d=1)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp.arguments)
bad_calls = [((), {}), ((1,), {}), ((1,), {"b": 2, "d": 0}), ((1,), {"a": 1, "d": 0}),
             ((1, 2, 3), {"c": 4, "d": 0})]
for args, kwargs in bad_calls:
    try:
        print(args, kwargs, "binds to", sig.bind(*args, **kwargs).arguments)
    except TypeError as e:
        print(args, kwargs, "TypeError:", e)
def g(x):
    pass
try:
    inspect.signature(g).bind(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(g).bind(1, y=2)
except TypeError as e:
    print("TypeError:", e)
