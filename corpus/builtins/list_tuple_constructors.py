# list()/tuple() from any iterable, copies vs identity, and iteration over mappings and generators.
print(list(), tuple(), list("abc"), tuple("abc"), list(range(3)), tuple(range(3)))
print(list({"a": 1, "b": 2}), tuple({"a": 1}.items()), list({3, 1, 2}), list(b"AB"))
g = (x * x for x in range(4))
print(list(g), list(g))
orig = [1, [2]]
copy = list(orig)
copy[1].append(3)
print(orig, copy is orig, copy == orig)
t = (1, 2)
print(tuple(t) is t, list(t), tuple([t]), tuple(list(t)) is t)
lst = [0]
lst.__init__([9, 8])
print(lst)
print(list(reversed("ab")), tuple(enumerate("ab")), list(zip("ab", "cd")))
for bad in (5, None, 1.5):
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(x=[1])
except TypeError as e:
    print(type(e).__name__, e)
