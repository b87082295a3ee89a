# copy() is shallow and preserves order; clear() empties in place (aliases see it).
inner = [1]
d = {'a': inner, 'b': 2}
c = d.copy()
c['a'].append(99)
c['b'] = 'changed'
c['new'] = 0
print(d, c, c['a'] is inner, type(c).__name__)
alias = d
d.clear()
print(d, alias, len(alias))
class D(dict):
    pass
print(type(D(x=1).copy()).__name__)
