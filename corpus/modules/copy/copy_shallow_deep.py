# copy.copy and copy.deepcopy: containers, shared and cyclic references, instances with
# __dict__ and __slots__, the __copy__/__deepcopy__ hooks, and the collections types.
import copy
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter


class Pt:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return f"Pt({self.x}, {self.tags})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


class Hooked:
    def __init__(self):
        self.log = []

    def __copy__(self):
        return "shallow hook"

    def __deepcopy__(self, memo):
        return "deep hook"


class MyList(list):
    pass


def main():
    inner = [1, 2]
    outer = [inner, inner, {"k": inner}]
    s = copy.copy(outer)
    d = copy.deepcopy(outer)
    print(s, s is outer, s[0] is inner, d, d[0] is inner, d[0] is d[1], d[2]["k"] is d[0])
    cyc = [1]
    cyc.append(cyc)
    dc = copy.deepcopy(cyc)
    print(dc[1] is dc, dc is not cyc)
    t = (1, [2])
    print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, "a")) == (1, "a"))
    for atom in [1, "s", None, 2.5, len, Pt]:
        print(copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
    p = Pt(1, ["a"])
    sp, dp = copy.copy(p), copy.deepcopy(p)
    p.tags.append("b")
    print(sp, dp, sp.tags is p.tags, type(dp).__name__)
    sl = Slotted()
    sl2 = copy.deepcopy(sl)
    print(sl2.a, sl2.a is sl.a, hasattr(sl2, "b"))
    print(copy.copy(Hooked()), copy.deepcopy(Hooked()))
    ml = MyList([1, [2]])
    ml.extra = "e"
    ml2 = copy.deepcopy(ml)
    print(ml2, type(ml2).__name__, ml2.extra, ml2[1] is ml[1])
    P = namedtuple("P", "x y")
    print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
    dq = deque([[1], 2], maxlen=5)
    print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[0] is dq[0])
    dd = defaultdict(list, a=[1])
    dd2 = copy.deepcopy(dd)
    dd2["b"].append(2)
    print(dd2, dd2.default_factory, copy.copy(OrderedDict(z=1, a=2)), copy.deepcopy(Counter("aab")))
    print(copy.copy({1, 2}), copy.copy(bytearray(b"x")), copy.deepcopy({"a": {"b": [1]}}))
    try:
        copy.replace(1)
    except TypeError as e:
        print("TypeError", e)
    print(copy.replace(P(1, 2), y=5))


main()
