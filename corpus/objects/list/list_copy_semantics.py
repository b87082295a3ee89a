# copy(), list(), slicing and [*a] make shallow copies: new outer list, shared elements.
inner = [1]
a = [inner, 2]
for name, c in [('copy', a.copy()), ('list', list(a)), ('slice', a[:]), ('star', [*a]), ('plus', a + [])]:
    print(name, c == a, c is a, c[0] is inner)
b = a.copy()
b[0].append(99)
b[1] = 'changed'
print(a, b)
