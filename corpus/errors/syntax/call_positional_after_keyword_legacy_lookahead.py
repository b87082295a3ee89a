# After a name that cannot start 'forgot a comma' (a soft keyword prefix), the second pass
# parses what follows it (invalid_legacy_expression), so the argument error is placed after it.
f(b=1, c d=True)
