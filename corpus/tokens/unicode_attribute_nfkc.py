# NFKC normalisation also applies to attribute names and keyword arguments.
class C:
    ﬁeld = 1
print(C.field, getattr(C, "field"))
def f(ﬂag=0): return ﬂag
print(f(flag=3), f.__code__.co_varnames)
