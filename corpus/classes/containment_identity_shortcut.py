# Container membership and equality check identity before __eq__, so x in [x] even if x != x.
class Never:
    def __eq__(self, other):
        print("  __eq__ called")
        return False
    __hash__ = object.__hash__

n = Never()
print(n == n, n in [n], [n] == [n], (n,) == (n,))
print(n in [Never()])
print(n in {n}, {n: 1}[n], [n].count(n), [n].index(n))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], float("nan") in [nan])
lst = [1, 2]
print(lst in [lst], [lst] == [[1, 2]])
