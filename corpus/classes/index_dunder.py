# __index__ makes an object usable wherever an integer is needed: indexing, slicing, bin(), range().
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("  __index__", self.v)
        return self.v

data = list("abcdef")
print(data[Idx(2)], data[Idx(1):Idx(4)], "xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), [0] * Idx(2))
print(int(Idx(7)), operator_result := Idx(3).__index__())

class NotInt:
    def __index__(self):
        return 1.5
try:
    [1, 2][NotInt()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos = 1.0
    [1, 2][pos]
except TypeError as e:
    print(type(e).__name__, e)
try:
    key = "x"
    "abc"[key]
except TypeError as e:
    print(type(e).__name__, e)

class FloatLike:
    def __float__(self):
        return 2.0
try:
    range(FloatLike())
except TypeError as e:
    print(type(e).__name__, e)
print((10).__index__(), True.__index__())
