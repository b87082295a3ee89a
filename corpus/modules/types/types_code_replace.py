# CodeType.replace produces a modified code object; FunctionType builds a function from it.
import types

def f(a, b):
    return a + b

code2 = f.__code__.replace(co_name="g", co_qualname="g")
g = types.FunctionType(code2, globals(), "g_fn")
print(g.__name__, g.__code__.co_name, g(2, 3), g.__qualname__)
consts = f.__code__.co_consts
print(consts)
h_code = (lambda: 1).__code__
print(h_code.co_consts)
h = types.FunctionType(h_code.replace(co_consts=tuple(99 if c == 1 else c for c in h_code.co_consts)), {})
print(h())
try:
    f.__code__.replace(co_bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    types.FunctionType(f.__code__, globals(), "k", (1,), (2,))
except ValueError as e:
    print("ValueError:", e)
k = types.FunctionType(f.__code__, {}, "k", (10, 20))
print(k(), k(1), k.__defaults__)
