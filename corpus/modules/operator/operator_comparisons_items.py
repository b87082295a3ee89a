# Rich-comparison functions, contains/countOf/indexOf, getitem/setitem/delitem and length_hint.
import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1.0), op.gt(3, 2), op.ge([1], [1, 0]))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
d = {}
op.setitem(d, "k", 1)
print(op.getitem(d, "k"), d)
op.delitem(d, "k")
print(d)
lst = list(range(5))
op.setitem(lst, slice(1, 3), ["x"])
print(lst, op.getitem(lst, slice(None, None, -1)))
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(x for x in []), op.length_hint(object(), 7))
try:
    op.lt(1, "a")
except TypeError as e:
    print("TypeError:", e)
