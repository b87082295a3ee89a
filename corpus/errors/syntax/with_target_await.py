# 'await' as a with-statement target: invalid_with_item names the part that cannot be assigned to.
with open(file) as await fp:
    pass
