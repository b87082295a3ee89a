# Duplicate keys across keyword arguments and ** mappings use the module-qualified name.
def f(**kw):
    return kw
class C:
    def m(self, **kw):
        return kw
calls = [
    lambda: f(k=1, **{'k': 2}),
    lambda: f(**{'k': 1}, **{'k': 2}),
    lambda: C().m(x=1, **{'x': 2}),
]
for i, call in enumerate(calls):
    try:
        result = call()
    except TypeError as e:
        print(i, "TypeError:", e)
    else:
        print(i, "ok:", result)
