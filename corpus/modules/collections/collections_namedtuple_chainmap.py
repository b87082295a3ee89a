# namedtuple (fields, defaults, _make/_replace/_asdict, rename, errors) and ChainMap.
from collections import namedtuple, ChainMap


def main():
    P = namedtuple("Point", ["x", "y"])
    p = P(1, y=2)
    print(p, P, P._fields, p._asdict(), p._replace(x=5), P._make([3, 4]), P.__doc__)
    print(p.x, p[1], len(p), p == (1, 2), isinstance(p, tuple), P.__name__, P.__module__, P.__mro__)
    x, y = p
    print(x, y, tuple(p), p + (3,), hash(p) == hash((1, 2)), P._field_defaults)
    Q = namedtuple("Q", "a b c", defaults=[2, 3])
    print(Q(1), Q(1, c=9), Q._field_defaults, Q.__new__.__defaults__)
    R = namedtuple("R", "a def _b a", rename=True)
    print(R._fields, namedtuple("S", "a, b")(1, 2), namedtuple("E", "")())
    match p:
        case P(x=1, y=yy):
            print("matched", yy)
    for call in [lambda: P(1), lambda: P(1, 2, 3), lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "1x"),
                 lambda: namedtuple("P", "_x"), lambda: namedtuple("def", "x"), lambda: P(1, z=2),
                 lambda: P._make([1]), lambda: p._replace(z=1), lambda: namedtuple("P", "x y", defaults=[1, 2, 3])]:
        try:
            call()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        p.x = 5
    except AttributeError as e:
        print("AttributeError")

    cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
    print(cm, cm["a"], cm["b"], len(cm), list(cm), cm.get("z", 0), "b" in cm, cm.maps)
    child = cm.new_child({"c": 4})
    print(child, child.parents, child["c"], dict(child))
    cm["z"] = 26
    del cm["a"]
    print(cm, cm.maps[0], list(cm.items()), list(cm.keys()), list(cm.values()))
    print(ChainMap(), bool(ChainMap()), ChainMap({"k": 1}) == {"k": 1}, cm.copy())
    for call in [lambda: ChainMap({})["x"], lambda: ChainMap().pop("x"), lambda: ChainMap().popitem(),
                 lambda: cm.__delitem__("b")]:
        try:
            call()
        except KeyError as e:
            print("KeyError", e)


main()
