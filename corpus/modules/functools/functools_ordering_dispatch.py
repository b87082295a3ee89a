# total_ordering, cmp_to_key and singledispatch.
import functools


def main():
    @functools.total_ordering
    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return self.v == other.v

        def __lt__(self, other):
            return self.v < other.v

    a, b = V(1), V(2)
    print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), V.__gt__.__name__)

    @functools.total_ordering
    class G:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return self.v == other.v

        def __ge__(self, other):
            return self.v >= other.v

    print(G(1) < G(2), G(3) <= G(3), G(1) > G(0))
    try:
        functools.total_ordering(type("X", (), {}))
    except ValueError as e:
        print("ValueError", e)

    def cmp(x, y):
        return (x > y) - (x < y)

    print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted("bca", key=functools.cmp_to_key(lambda x, y: cmp(y, x))))
    k = functools.cmp_to_key(cmp)
    print(k(1) < k(2), k(2) == k(2), k(3) >= k(4), k(1).obj)
    try:
        functools.cmp_to_key()
    except TypeError as e:
        print("TypeError", e)

    @functools.singledispatch
    def show(x):
        return "object " + repr(x)

    @show.register
    def _(x: int):
        return "int " + str(x)

    @show.register(list)
    def _(x):
        return "list of " + str(len(x))

    print(show(1), show(True), show([1, 2]), show("s"), show(2.5))
    print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))


main()
