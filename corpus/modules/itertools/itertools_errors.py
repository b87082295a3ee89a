# Argument errors of the itertools constructors, and errors raised while iterating.
import itertools as it

cases = [
    lambda: it.islice([1]), lambda: it.islice([1], -1), lambda: it.islice([1], "a"),
    lambda: it.islice([1], 1, 2, 0), lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1], -1, None),
    lambda: it.islice([1], 1.5), lambda: it.islice([1], None, "a"), lambda: it.islice(1, 2),
    lambda: it.islice([1], 1, x=2), lambda: it.chain([1], x=1), lambda: it.compress([1]),
    lambda: it.compress(), lambda: it.compress([1], [1], [1]), lambda: it.compress(data=[1], selectors=[1], x=1),
    lambda: it.dropwhile(None), lambda: it.takewhile(1), lambda: it.filterfalse(None), lambda: it.starmap(),
    lambda: it.zip_longest(1), lambda: it.zip_longest([], x=1), lambda: it.zip_longest(fillvalue=1, x=2),
    lambda: it.pairwise(), lambda: it.pairwise([1], [2]), lambda: it.pairwise(1), lambda: it.batched([1], 0),
    lambda: it.batched([1]), lambda: it.batched([1], "a"), lambda: it.batched([1], 2, True),
    lambda: it.accumulate(1), lambda: it.accumulate([1], 1, 2, 3), lambda: it.accumulate([1], None, 0),
    lambda: it.chain.from_iterable(1),
    lambda: list(it.chain(1)), lambda: list(it.chain.from_iterable([1])), lambda: list(it.starmap(int, [1])),
    lambda: list(it.accumulate([1, "a"])), lambda: list(it.accumulate([1, 2], 5)),
]
for call in cases:
    try:
        r = call()
        print("ok", type(r).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ch = it.chain([1, 2], 5, [3])
print(next(ch), next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError", e)
print(list(ch))
