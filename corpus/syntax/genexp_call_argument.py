# A generator expression as the sole call argument needs no extra parentheses; otherwise it does.
print(sum(x for x in range(5)))
print(sorted((x for x in "cab"), reverse=True))
print(list(c.upper() for c in "ab"), "".join(str(i) for i in range(3)))
g = (y for y in [])
print(tuple(g))
