# **kwargs keeps the order in which keywords were passed, merging explicit keywords and ** mappings in order.
def f(**kw):
    return list(kw)
print(f(b=1, a=2, c=3))
print(f(**{"z": 1, "y": 2}, x=3))
print(f(x=3, **{"z": 1, "y": 2}))
print(f(**{"b": 1}, **{"a": 2}))
