# floor/ceil/trunc return ints for floats (huge ones too), use __floor__ etc., and reject inf/nan.
import math

for x in (2.5, -2.5, 3.0, -0.0, 1e20, -1e300, 7, True, 0.5, -0.5):
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)

class Dunder:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

d = Dunder()
print(math.floor(d), math.ceil(d), math.trunc(d))
for bad in (math.inf, -math.inf, math.nan):
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            fn(bad)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, bad, type(e).__name__, e)
for fn in (math.floor, math.ceil, math.trunc):
    try:
        fn("3")
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
