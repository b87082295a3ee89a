# except* keeps the nesting structure of the original group in each matched subgroup.
inner = ExceptionGroup("inner", [ValueError("v1"), TypeError("t1")])
outer = ExceptionGroup("outer", [ValueError("v0"), inner, KeyError("k0")])
try:
    raise outer
except* ValueError as eg:
    print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))
    print("nested inner kept:", type(eg.exceptions[0]).__name__, eg.exceptions[0].message)
except* KeyError as eg:
    print("keys:", repr(eg))

def raise_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise RuntimeError("from handler")

try:
    raise_in_handler()
except RuntimeError as e:
    print("a lone exception raised in the handler propagates unwrapped:", repr(e))
    print("context:", repr(e.__context__))
