# A negated name as the target of a parenthesised with item: 'cannot assign to expression'.
with (a as -b, c):
    pass
