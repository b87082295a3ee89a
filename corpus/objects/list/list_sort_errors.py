# sort failures: mixed incomparable types, key errors, keyword-only arguments, and mutation during sort.
for data in ([1, 'a'], [None, None], [1j, 2j], [{}, {}], [[1], ['a']]):
    try:
        sorted(data)
        print('sorted', data)
    except TypeError as e:
        print(type(e).__name__, e)
a = [3, 1, 2]
for call in (lambda: a.sort(lambda x: x), lambda: a.sort(key=1), lambda: a.sort(reverse='yes'), lambda: a.sort(cmp=None)):
    try:
        call()
        print('ok', a)
    except TypeError as e:
        print(type(e).__name__, e)
b = [3, 1, 2]
def key(x):
    b.append(x)
    return x
try:
    b.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(b)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
try:
    sorted([K(1), 2])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
