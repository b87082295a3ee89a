# dict() from mappings, pairs, keyword arguments and combinations; errors for bad sequences.
print(dict(), dict({'a': 1}), dict([('a', 1), ['b', 2]]), dict(a=1, b=2), dict({'a': 1}, b=2), dict([('a', 1)], a=2),
      dict(zip('xy', (1, 2))), dict(['ab', 'cd']), dict({'k': 1}.items()), dict([(1, 2)], **{'s': 3}))
for arg in ([1], [(1, 2, 3)], ['abc'], 5, [('a',)], None):
    try:
        print(dict(arg))
    except (TypeError, ValueError) as e:
        print(repr(arg), type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
class KeysOnly:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysOnly()))
