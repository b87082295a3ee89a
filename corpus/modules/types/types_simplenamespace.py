# types.SimpleNamespace: keyword construction, mapping argument (3.13), repr, equality and attribute errors.
import types

ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.b
print(ns, vars(ns))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace() == types.SimpleNamespace(x=0))
print(types.SimpleNamespace({"x": 1, "y": 2}, z=3))
print(types.SimpleNamespace())
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    types.SimpleNamespace(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    types.SimpleNamespace({1: "x"})
except TypeError as e:
    print("TypeError:", e)
inner = types.SimpleNamespace(v=1)
outer = types.SimpleNamespace(inner=inner)
inner.back = outer
print(outer)
