# keys() and items() views support set operations returning sets; values() does not; views are live.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 4}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb), ka & ['x', 'q'], type(ka & kb).__name__)
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), ka == {'x', 'y', 'z'}, ka <= {'x', 'y', 'z', 'q'}, ka.isdisjoint(['q']))
print(a.items() == {('x', 1), ('y', 2), ('z', 3)}, ('x', 1) in a.items(), ('x', 2) in a.items(), 'x' in ka, 1 in a.values())
v = a.values()
a['new'] = 9
print(len(ka), list(v), list(reversed(ka)), list(reversed(a.items()))[0], list(reversed(v)))
for expr in ["a.values() & b.values()", "a.values() | set()", "ka + kb", "ka[0]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
print(a.values() == a.values(), ka.mapping['x'], type(ka.mapping).__name__)
