# An empty subscript inside a call: `values[]` is no subscript, so the parser reads `values` and
# then the list display `[]`: "invalid syntax. Perhaps you forgot a comma?" over both.
values = [1, 2, 3]
print(values[])
