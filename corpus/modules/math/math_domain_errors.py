# "math domain error" (ValueError) and "math range error" (OverflowError) from the libm wrappers.
import math

calls = [
    ("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("log", (10, 0)), ("log2", (0,)), ("log10", (-5,)),
    ("log1p", (-1,)), ("acos", (2,)), ("asin", (-1.5,)), ("atanh", (1,)), ("acosh", (0.5,)),
    ("pow", (0, -1)), ("pow", (-8, 1 / 3)), ("fmod", (1, 0)), ("fmod", (math.inf, 1)),
    ("remainder", (1, 0)), ("gamma", (0,)), ("gamma", (-2,)), ("lgamma", (-1,)),
    ("exp", (1000,)), ("exp2", (2000,)), ("expm1", (710,)), ("pow", (10, 400)), ("cosh", (1000,)),
    ("sinh", (-1000,)), ("ldexp", (1.0, 10000)), ("gamma", (200,)), ("sqrt", (math.inf,)),
    ("log", (10, 1)),
]
for name, args in calls:
    try:
        print(name, args, "->", getattr(math, name)(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
