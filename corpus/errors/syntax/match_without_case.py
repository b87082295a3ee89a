# A match block holding a statement instead of case blocks: "invalid syntax".
match x:
    pass
