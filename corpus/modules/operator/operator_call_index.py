# operator.index requires __index__; operator.call (3.11+) calls with args and kwargs.
import operator as op

class Idx:
    def __index__(self):
        return 3

print(op.index(5), op.index(True), op.index(Idx()), [10, 20, 30, 40][Idx()])
for bad in (1.5, "1", None):
    try:
        op.index(bad)
    except TypeError as e:
        print("TypeError:", e)
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True), op.call(dict, a=1))
try:
    op.call()
except TypeError as e:
    print("TypeError:", e)
