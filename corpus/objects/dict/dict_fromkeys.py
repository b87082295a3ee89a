# dict.fromkeys: keys from any iterable in order, a single shared value object, and subclass support.
print(dict.fromkeys('abca'), dict.fromkeys(range(3), 0), dict.fromkeys([]), dict.fromkeys({'x': 1, 'y': 2}, 'v'))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared, shared['p'] is shared['q'])
class D(dict):
    pass
r = D.fromkeys('ab', 1)
print(type(r).__name__, r)
for call in (lambda: dict.fromkeys(5), lambda: dict.fromkeys([[1]]), lambda: dict.fromkeys()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print({}.fromkeys('z'))
