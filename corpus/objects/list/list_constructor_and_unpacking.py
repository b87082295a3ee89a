# list() from iterables, generators and dict views, and star-unpacking into list displays.
print(list(), list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list({'a': 1}.items()), list(range(3, 0, -1)),
      list(x * x for x in range(4)), list(b'hi'), list(map(str, [1, 2])), [*'ab', *[1], *range(2)])
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
class L(list):
    pass
x = L([1, 2])
print(repr(x), type(x + [3]).__name__, type(x * 2).__name__, type(x[:]).__name__, type(x.copy()).__name__)
