# The builtin constants None, True, False, Ellipsis, NotImplemented and __debug__: types, reprs, singletons.
print(repr(None), repr(...), repr(Ellipsis), repr(NotImplemented), __debug__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(True).__name__)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(... is Ellipsis, str(...), bool(...), bool(None), None.__class__ is type(None))
for src in ("None = 1", "True = 0", "__debug__ = 1", "... = 1", "del True", "def f(None): pass"):
    try:
        compile(src, "<c>", "exec")
        print(f"{src!r:22} compiled")
    except SyntaxError as e:
        print(f"{src!r:22} SyntaxError: {e.msg}")
Ellipsis = "rebound"
print(Ellipsis, ..., ... is __builtins__.Ellipsis)
del Ellipsis
print(Ellipsis)
for t in (type(None), type(...)):
    try:
        t(1)
    except TypeError as e:
        print(type(e).__name__, e)
