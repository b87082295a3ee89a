# itemgetter, attrgetter (dotted, multiple) and methodcaller: results, reprs and errors.
import operator as op

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"

ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1)
print(ig("abc"), ig2("abc"), ig({1: "one"}), op.itemgetter(slice(1, 3))([0, 1, 2, 3]))
print(repr(ig), repr(ig2))
ag = op.attrgetter("child.name")
ag2 = op.attrgetter("name", "child.name")
p = P("outer", P("inner"))
print(ag(p), ag2(p), repr(ag), repr(ag2))
mc = op.methodcaller("greet", "Hi", punct="?")
print(mc(p), repr(mc))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=op.itemgetter(1)))
for fn, arg in [(ig, "a"), (ag, P("x")), (op.itemgetter("k"), {})]:
    try:
        fn(arg)
    except (IndexError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    op.attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
