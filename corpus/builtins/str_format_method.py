# str.format(): positional/keyword/indexed fields, attribute and item access, conversions, nesting, braces.
class P:
    x = 3
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.x} {1[key]} {2[0]} {2[1]}".format(P(), {"key": "v"}, [7, 8]))
print("{!r} {!s} {!a}".format(P(), P(), "é"), "{0!r:>6}".format("s"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2), "{:{}}".format("x", 4) + "|")
print("{{literal}} {}".format(1), "{0}{0}".format("ab"), "{:,}".format(10**7), "{:%}".format(0.25))
print("{d[a]} {d[1]}".format(d={"a": "str key", 1: "digits become an int key"}))
print("{0[1]}".format({1: "int key"}), "{:>{}}".format("r", 3))
tests = ['"{}".format()', '"{0} {}".format(1, 2)', '"{".format()', '"}".format()', '"{x}".format(1)',
         '"{0.missing}".format(1)', '"{:d}".format(1.5)', '"{!z}".format(1)', '"{0[0]}".format(5)']
for src in tests:
    try:
        print(eval(src))
    except (IndexError, ValueError, KeyError, AttributeError, TypeError) as e:
        print(f"{src:26} {type(e).__name__}: {e}")
print("{a}".format_map({"a": "mapped"}))
