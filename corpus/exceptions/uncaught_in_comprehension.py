# An exception inside a list comprehension (inlined in 3.12+, so no separate <listcomp> frame).
def inverses(values):
    return [1 / v for v in values]

print(inverses([1, 2, 4]))
print({k: 10 // v for k, v in {"a": 1, "b": 0}.items()})
