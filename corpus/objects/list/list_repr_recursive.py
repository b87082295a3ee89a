# repr of lists: nested and self-referential lists print [...] for the cycle.
a = [1, 'two', 3.0, None, [4, [5]], (6,), {7: 8}]
print(repr(a), str(a))
b = [1]
b.append(b)
print(b, len(b), b[1] is b)
c = [b, [b]]
print(c)
d = []
e = [d]
d.append(e)
print(d, e)
print(repr([]), repr([[]]), repr([''] * 2), repr(['a\nb', "it's"]))
