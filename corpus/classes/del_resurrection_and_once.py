# __del__ runs at most once per object even if it resurrects the object; exceptions in it are ignored.
saved = []

class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)

p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared again (no second __del__)")

class Order:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def make_chain():
    first = Order(1)
    first.child = Order(2)
    first.child.child = Order(3)
    return first

chain = make_chain()
del chain
print("chain gone")
