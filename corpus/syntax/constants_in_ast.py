# Constant nodes for every literal kind: int, float, complex, str, bytes, True/False/None, Ellipsis.
values = (42, 4.2, 4j, "s", b"b", True, False, None, ..., -1, 1 + 2j, 10**20)
for v in values:
    print(type(v).__name__, repr(v))
print(__debug__)
