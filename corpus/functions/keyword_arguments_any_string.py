# **kwargs accepts any string keys passed through **, even ones that are not identifiers or are keywords.
def f(**kw):
    return kw
print(f(**{"not an identifier": 1, "class": 2, "1x": 3}))
def g(a, **kw):
    return a, kw
print(g(**{"a": 0, "b-c": 1}))
