# Counter: counting, most_common order, arithmetic, comparisons, repr.
from collections import Counter


def main():
    c = Counter("abracadabra")
    print(c, c.most_common(2), c.most_common(), c["z"], c.total())
    print(repr(Counter()), Counter(a=3, b=1), Counter({"x": 2, "y": 5}), Counter(["a", "b", "a"]))
    print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
    c.update("zz")
    c.update({"a": 1})
    c.subtract(a=10)
    print(c)
    x, y = Counter(a=3, b=1), Counter(a=1, b=2)
    print(x + y, x - y, x & y, x | y, -Counter(a=-1, b=2), +Counter(a=-1, b=2))
    x += Counter(c=1)
    x -= Counter(a=5)
    print(x)
    print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=1), Counter("ab") == {"a": 1, "b": 1})
    del c["zz-not-there"]
    del c["z"]
    print(c, "z" in c, len(c), isinstance(c, dict), type(c).__name__)
    words = "the cat the dog the end dog".split()
    print(Counter(words).most_common(2), Counter(words).most_common(0), Counter(words).most_common(-1))
    print(Counter("aab").copy(), dict(Counter("ab")))
    for call in [lambda: Counter(1), lambda: Counter(1, 2), lambda: Counter.fromkeys("ab")]:
        try:
            call()
        except (TypeError, NotImplementedError) as e:
            print(type(e).__name__, e)


main()
