# tuple() returns the same object for an exact tuple argument, builds from any iterable, and accepts no keywords.
a = (1, 2)
print(tuple(a) is a, tuple([1, 2]), tuple('ab'), tuple({'x': 1}), tuple(range(3)), tuple(x for x in 'hi'), tuple(), tuple({}.items()))
class T(tuple):
    pass
s = T((1, 2))
print(repr(s), tuple(s) is s, type(tuple(s)).__name__, type(s + ()).__name__, type(s[:]).__name__)
for call in (lambda: tuple(1), lambda: tuple(1, 2), lambda: tuple(iterable=[1])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
