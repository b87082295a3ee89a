# AT '@' as decorator prefix and as the matmul operator; ATEQUAL '@='.
def deco(f):
    return lambda: "decorated " + f()
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return self.v * o.v
    def __rmatmul__(self, o): return -1
@deco
def h(): return "h"
print(h(), V(3)@V(4), V(2) @ V(5))
a = V(6); a @= V(7)
print(a)
