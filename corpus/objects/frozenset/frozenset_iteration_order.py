# frozenset iteration order follows hash slots like set, including for frozensets built from other frozensets.
print(frozenset([65, 2, 1, 33, 9]), frozenset('python'), frozenset(range(10, 0, -2)))
a = frozenset([8, 16, 24, 32, 40])
print(a, frozenset(a), frozenset(sorted(a)), frozenset(reversed(sorted(a))))
print(list(frozenset(['delta', 'alpha', 'charlie', 'bravo'])))
