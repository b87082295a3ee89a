# Calls with hundreds of positional and keyword arguments, through *args/**kwargs and explicit parameters.
def f(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())
print(f(*range(300), **{"k%d" % i: i for i in range(300)}))
params = ", ".join("p%d" % i for i in range(260))
ns = {}
exec("def g(" + params + "):\n    return p0 + p259\n", ns)
print(ns["g"](*range(260)), ns["g"].__code__.co_argcount)
