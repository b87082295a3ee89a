# sorted()/list.sort() errors: incomparable items, positional key, bad key functions.
tests = [
    lambda: sorted([1, "a"]),
    lambda: sorted([None, None]),
    lambda: sorted([{}, {}]),
    lambda: sorted([1, 2], len),
    lambda: sorted([1, 2], key=5),
    lambda: sorted(5),
    lambda: sorted(),
    lambda: [3, 1].sort(lambda x: x),
    lambda: sorted([1, 2], cmp=None),
    lambda: sorted([1j, 2j]),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([None]), sorted([{}]), sorted([1j]))
lst = [3, "x", 1]
try:
    lst.sort()
except TypeError as e:
    print("partially sorted?", lst)
