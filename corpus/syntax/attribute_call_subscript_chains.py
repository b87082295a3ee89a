# Primary chains: attribute, call, subscript and slice trailers in any order.
class N:
    def __init__(self, v): self.v = v
    def next(self): return N(self.v + 1)
    def items(self): return [self, N(10)]
n = N(0)
print(n.next().next().v, n.items()[1].next().v, n.items()[::-1][0].v)
print("a,b".split(",")[1].upper().lower(), {"k": [1, [2, 3]]}["k"][1][-1])
print((lambda: {"f": lambda x: x})()["f"](9))
