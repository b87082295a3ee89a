# operator.iadd and friends mutate mutable objects in place and return new objects for immutables.
import operator as op

lst = [1]
res = op.iadd(lst, [2])
print(res, lst, res is lst)
tup = (1,)
res = op.iadd(tup, (2,))
print(res, tup, res is tup)
s = {1, 2}
print(op.iand(s, {2, 3}), s)
print(op.imul([0], 3), op.isub(10, 3), op.ipow(2, 5), op.ior({1}, {2}), op.ixor(6, 3))
print(op.iconcat([1], (2, 3)))
try:
    op.iconcat(1, 2)
except TypeError as e:
    print("TypeError:", e)
