# set()/frozenset() from iterables (deduplication, 1 == 1.0 == True), result types of mixed operations.
print(set(), set([3, 1, 3, 2]), set("hello") == {"h", "e", "l", "o"}, set(range(5)))
print(frozenset([1, 1.0, True]), set([0, False, 0.0]), {1.0, 1}, {1, 1.0})
print(set({"a": 1, "b": 2}) == {"a", "b"}, sorted(set("mississippi")))
fs = frozenset([1, 2])
s = {2, 3}
print(fs | s, type(fs | s).__name__, type(s | fs).__name__, type(fs & s).__name__)
print(s - fs, fs ^ s, s <= {1, 2, 3}, fs < {1, 2, 3}, fs == {1, 2}, {1, 2} == fs)
print(set(fs) is not fs, frozenset(fs) is fs, type(frozenset(s)).__name__)
print(sorted({-1, 5, 2, 100, 0}), len({(1, 2), (1, 2), (2, 1)}))
for bad in (lambda: set(5), lambda: set([[1]]), lambda: frozenset([{}]), lambda: set(1, 2), lambda: {[]}):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(set()), repr(frozenset()), repr(frozenset({1})), str({1}))
