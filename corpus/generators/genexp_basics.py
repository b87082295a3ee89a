# Generator expressions: lazy, single-pass, and usable as the sole call argument without extra parentheses.
g = (x * x for x in range(5) if x % 2 == 0)
print(type(g).__name__, g.__name__)
print(next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((y for y in "cab"), reverse=True))
nested = ((i, j) for i in range(2) for j in range(i + 1))
print(list(nested))
