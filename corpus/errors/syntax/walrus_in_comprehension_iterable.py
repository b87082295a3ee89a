# An assignment expression in a comprehension's iterable (symtable error): "assignment expression cannot be used in a comprehension iterable expression".
print([x for x in (y := [1, 2])])
