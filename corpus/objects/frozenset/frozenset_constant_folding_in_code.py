# `x in {...}` with constant members is compiled to a frozenset constant; its iteration order matches a runtime frozenset.
def check(x):
    return x in {3, 1, 2}, x in {'b', 'a', 'c'}
print(check(1), check('a'), check(5))
print(check.__code__.co_consts)
print(frozenset({3, 1, 2}), frozenset({'b', 'a', 'c'}))
for x in {'q', 'p', 'r'}:
    print(x, end=' ')
print()
