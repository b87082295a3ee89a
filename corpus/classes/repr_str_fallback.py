# str() falls back to __repr__; containers always use repr of their elements; errors on bad returns.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"

class OnlyStr:
    def __str__(self):
        return "OnlyStr<str>"

print(OnlyRepr(), str(OnlyRepr()), repr(OnlyRepr()))
print(Both(), str(Both()), repr(Both()))
print([Both(), OnlyRepr()], (Both(),), {"k": Both()})
print(f"{Both()} {Both()!r} {Both()!s}")
print(str(OnlyStr()), "%s|%r" % (Both(), Both()))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))

class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
for fn, obj in ((repr, BadRepr()), (str, BadStr()), (str, BadRepr())):
    try:
        fn(obj)
    except TypeError as e:
        print(type(e).__name__, e)

class SubStr(str):
    pass
class ReturnsSub:
    def __repr__(self):
        return SubStr("subclass result")
print(type(repr(ReturnsSub())).__name__, repr(ReturnsSub()))
