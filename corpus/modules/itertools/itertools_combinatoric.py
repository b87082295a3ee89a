# product, permutations, combinations and combinations_with_replacement: order and edge cases.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), list(product("ab", repeat=0)), list(product([1, 2], "c", repeat=2))[:5])
print(list(permutations("ABC")), list(permutations(range(4), 2))[:7])
print(list(permutations([])), list(permutations("ab", 0)), list(permutations("ab", 3)), list(permutations("abc", None))[-1])
print(list(combinations("ABCD", 2)), list(combinations(range(5), 3))[-3:])
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(list(cwr("ABC", 2)), list(cwr(range(3), 3))[-4:], list(cwr([], 2)), list(cwr([], 0)), list(cwr("a", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(cwr(range(5), 3))))
print(len(list(product(range(3), repeat=4))))
gen = (i for i in "xyz")
c = combinations(gen, 2)
print(list(gen), list(c))
for call in [lambda: product(1), lambda: product([1], repeat=-1), lambda: product(repeat="a"),
             lambda: product([1], foo=1), lambda: permutations([1], -1), lambda: permutations([1], "a"),
             lambda: permutations(), lambda: combinations([1]), lambda: combinations([1], -1),
             lambda: combinations([1], 1.0), lambda: cwr([1], -2), lambda: cwr(None, 1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
