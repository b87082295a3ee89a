# min()/max() error messages: empty input, default with several args, incomparable items.
tests = [
    lambda: min([]),
    lambda: max(()),
    lambda: max(iter([])),
    lambda: min(),
    lambda: max(5),
    lambda: min(1, 2, default=0),
    lambda: max([1, "a"]),
    lambda: min([1, 2], key=None, bogus=1),
    lambda: max([1], [2], key=5),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(min([1, 2], key=None), max([[1], [2]]))
