# slice objects keep arbitrary start/stop/step objects, show them in repr, and the attributes are read-only.
for s in [slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, None), slice('a', [1], {}), slice(1.5, None, -1)]:
    print(repr(s), str(s), s.start, s.stop, s.step)
s = slice(1, 2)
try:
    s.start = 0
except AttributeError as e:
    print(type(e).__name__, e)
for call in (lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(start=1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
