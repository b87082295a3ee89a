# assert with a parenthesized (condition, message) tuple: SyntaxWarning "assertion is always true".
assert (1 > 2, "looks like a message")
print("assert passed")
