# operator's function forms of the arithmetic, bitwise and sequence operators.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-5), op.invert(5), op.inv(0))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.concat([1], [2]), op.concat("a", "b"), op.matmul.__name__)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(op.add.__name__, op.__add__ is op.add, op.index(7), op.not_(0), op.truth([]))
print(op.is_(None, None), op.is_not(1, None), op.is_(1, 1.0))
