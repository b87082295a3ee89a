# tuple.index with start/stop and tuple.count; the ValueError message does not show the value.
t = (1, 'a', 2.0, 'a', True, None, 1)
print(t.index('a'), t.index('a', 2), t.index(1), t.index(True), t.index(2), t.count(1), t.count('a'), t.count(None), t.index(None, -2))
for args in [('z',), ('a', 4), (1, 1, 4)]:
    try:
        t.index(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
try:
    t.count()
except TypeError as e:
    print(type(e).__name__, e)
