# At def time: decorators first, then positional defaults, keyword-only defaults, then annotations, left to right.
def t(tag, value=None):
    print("eval", tag)
    return tag if value is None else value
def deco(fn):
    print("apply decorator")
    return fn
@t("decorator", deco)
def f(a: t("ann a") = t("default a"), *, k: t("ann k") = t("default k")) -> t("ann return"):
    return a, k
print(f())
