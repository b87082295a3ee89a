# __missing__ on dict subclasses is used by d[k] only, not by get(), `in`, pop() or setdefault().
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c['x'] += 1
c['x'] += 1
print(c, c['nope'], c.get('nope'), 'nope' in c, c)
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
a = Auto()
a['p']['q']['r'] = 1
print(a)
class Raises(dict):
    def __missing__(self, key):
        raise LookupError('custom ' + repr(key))
try:
    Raises()['k']
except LookupError as e:
    print(type(e).__name__, e)
try:
    Counter().pop('z')
except KeyError as e:
    print(type(e).__name__, e)
