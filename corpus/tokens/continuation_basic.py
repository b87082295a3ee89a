# Backslash-newline joins physical lines into one logical line; no NEWLINE/NL token at the join.
total = 1 + \
        2 + \
    3
print(total)
if total > 5 and \
   total < 10:
    print("between")
