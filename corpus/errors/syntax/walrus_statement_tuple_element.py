# An assignment expression at statement level after an unparenthesised tuple: the error names its
# last element (here a name in parentheses), not the tuple: "cannot use assignment expressions with name".
first, (second) := 1, 2
