# sorted() and min/max use only __lt__; chained comparisons evaluate each operand once.
class Item:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Item.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f"I{self.v}"

items = [Item(3), Item(1), Item(2)]
print(sorted(items), max(items), min(items))
print(Item.calls > 0)
try:
    Item(1) > Item(2)
    print("gt via reflected lt works")
except TypeError as e:
    print(e)
try:
    Item(1) <= Item(2)
except TypeError as e:
    print(type(e).__name__, e)

def val(x):
    print("  eval", x)
    return x
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
