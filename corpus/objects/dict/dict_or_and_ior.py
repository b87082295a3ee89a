# `|` merges dicts into a new dict (right side wins, left order kept); `|=` updates in place and accepts any mapping or pairs.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
c = a
c |= b
print(a, c is a)
c |= [('w', 0)]
c |= {'x': -1}.items()
print(c)
for expr in ["a | [('k', 1)]", "a | None", "[('k', 1)] | a"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    pass
r = D(a=1) | {'b': 2}
print(type(r).__name__, r, type({'b': 2} | D(a=1)).__name__)
