# defaultdict (factory, repr, copy, |) and OrderedDict (move_to_end, popitem, order-sensitive ==).
from collections import defaultdict, OrderedDict


def main():
    d = defaultdict(list)
    d["a"].append(1)
    d["b"]
    print(d, d.default_factory, isinstance(d, dict), type(d).__name__, type(d).__module__)
    print(repr(defaultdict()), defaultdict(int, {"x": 1}), defaultdict(int, [("k", 2)], z=3))
    c = defaultdict(int)
    for ch in "banana":
        c[ch] += 1
    print(c, dict(c), c == {"b": 1, "a": 3, "n": 2}, c.get("q"), "q" in c, c["q"], "q" in c)
    cp = d.copy()
    print(cp, cp is d, cp.default_factory, type(cp).__name__)
    print(d | {"z": 0}, {"z": 0} | d)
    n = defaultdict(None, a=1)
    try:
        n["missing"]
    except KeyError as e:
        print("KeyError", e)
    try:
        defaultdict(1)
    except TypeError as e:
        print("TypeError", e)
    nested = defaultdict(lambda: defaultdict(int))
    nested["x"]["y"] += 2
    print(dict(nested["x"]), len(nested))

    o = OrderedDict(a=1, b=2, c=3)
    o.move_to_end("a")
    print(o, list(o))
    o.move_to_end("c", last=False)
    print(o, o.popitem(), o.popitem(last=False), o)
    print(repr(OrderedDict()), OrderedDict([("x", 1)]), OrderedDict.fromkeys("ab", 0))
    print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1),
          OrderedDict(a=1) != OrderedDict(a=1), list(reversed(OrderedDict(x=1, y=2))))
    o2 = OrderedDict(p=1)
    o2["q"] = 2
    o2.setdefault("r", 3)
    o2.update({"p": 10}, s=4)
    print(o2, o2.pop("q"), o2.copy(), o2 | {"t": 5}, isinstance(o2, dict))
    for call in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("x"), lambda: OrderedDict(1, 2)]:
        try:
            call()
        except (KeyError, TypeError) as e:
            print(type(e).__name__, e)


main()
