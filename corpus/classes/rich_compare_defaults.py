# Default comparison: == is identity, != inverts __eq__, ordering raises TypeError.
class Plain:
    pass

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  __eq__ called")
        return isinstance(other, EqOnly) and self.v == other.v

p, q = Plain(), Plain()
print(p == p, p == q, p != q)
print(EqOnly(1) != EqOnly(1))
print(EqOnly(1) != EqOnly(2))
for expr, fn in [("p < q", lambda: p < q), ("p >= 1", lambda: p >= 1),
                 ("1 > 'x'", lambda: 1 > "x"), ("[1] < (1,)", lambda: [1] < (1,)),
                 ("None < None", lambda: None < None)]:
    try:
        fn()
    except TypeError as e:
        print(expr, "->", e)
print([1, 2] < [1, 3], (1, 2) <= (1, 2, 0), "abc" > "abd")
print(1 == 1.0, 1 == "1", None == 0)

class Weird:
    def __eq__(self, other):
        return [1, 2]
    def __ne__(self, other):
        return 0
print(Weird() == 1, Weird() != 1)
print([Weird()] == [1])
