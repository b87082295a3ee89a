# range() argument errors: zero step, non-integers, argument counts, overflowing len().
tests = [
    lambda: range(1, 10, 0),
    lambda: range(1.5),
    lambda: range("3"),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: range(1, stop=3),
    lambda: len(range(2**64)),
    lambda: range(3)[3],
    lambda: range(3).index(5),
    lambda: range(3)["a"],
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
print(range(True, 3), range(2**64)[5])
