# An assignment expression used as a statement with an attribute target (no parentheses):
# "cannot use assignment expressions with attribute", located at the attribute.
point.x := 3
