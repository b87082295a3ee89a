# `in` on lists checks identity first, then ==, so objects that are never equal to themselves are still found.
class Never:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
n = Never()
nan = float('nan')
print(n in [n], Never() in [n], nan in [nan], float('nan') in [nan], 1 in [1.0], True in [1], 0 in [False, []], [] in [[]])
class Noisy:
    def __eq__(self, other):
        print('eq called with', other)
        return other == 3
print(Noisy() in [1, 2, 3, 4])
