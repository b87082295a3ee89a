# del with names, tuples, lists, parenthesized targets, attributes, subscripts and slices.
a = b = c = e = f = 1
class O: pass
o = O(); o.x = 1
d = {"k": 1, "j": 2}
lst = list(range(6))
del a
del b, c
del (e), [f]
del o.x, d["k"]
del lst[1:3], lst[0]
print(sorted(n for n in "abcef" if n in globals()), vars(o), d, lst)
