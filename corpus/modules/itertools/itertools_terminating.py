# The iterators that end with their shortest input: accumulate, chain, compress, dropwhile,
# takewhile, filterfalse, islice, starmap, pairwise, batched, zip_longest.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.accumulate("abc")), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], None, initial=None)))
print(list(it.chain("ab", [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.chain.from_iterable(x * 2 for x in "ab")))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), [0, 1] * 2)))
print(list(it.compress(data="abc", selectors=[True, False, True])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(bool, [1, 0, 2])), list(it.takewhile(bool, [1, 0, 2])))
try:
    list(it.dropwhile(None, [1]))
except TypeError as e:
    print("TypeError", e)
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)))
print(list(it.islice("ABCDEFG", 0, None, 2)), list(it.islice("ABC", None)), list(it.islice("ABC", None, None, None)))
print(list(it.islice(range(100), 10, 40, 7)), list(it.islice("AB", 5, 9)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(operator.add, ["ab", [3, 4]])))
print(list(it.pairwise("ABCDE")), list(it.pairwise("A")), list(it.pairwise([])))
print(list(it.batched("ABCDEFG", 3)), list(it.batched(range(4), 2)), list(it.batched([], 3)))
print(list(it.batched("ABCD", 2, strict=True)))
try:
    list(it.batched("ABCDE", 2, strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest("AB", range(3))), list(it.zip_longest()))
print(list(it.zip_longest([], [])), list(it.zip_longest("a", "bcd", "ef")))
ds = it.dropwhile(lambda x: x < 3, range(6))
print(next(ds), list(ds))
tw = it.takewhile(lambda x: x < 3, iter(range(6)))
print(list(tw), list(tw))
