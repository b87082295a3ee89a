# index with start/stop (clamped, negative) and count use == after an identity check (so nan finds itself).
a = ['a', 'b', 'c', 'a', 'b', 'a']
print(a.index('a'), a.index('a', 1), a.index('a', -3), a.index('b', 2, 5), a.index('a', -100, 100), a.count('a'), a.count('z'))
for args in [('z',), ('a', 1, 3), ('c', -1), ('a', 6)]:
    try:
        a.index(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
nan = float('nan')
b = [nan, 1, 1.0, True, float('nan')]
print(b.index(nan), b.count(nan), b.count(1), b.index(True), [[1]].count([1]), [1, [1]].index([1]))
try:
    a.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.index('a', 'x')
except TypeError as e:
    print(type(e).__name__, e)
