# Parenthesized lambda parameters (Python 2 style): "Lambda expression parameters cannot be parenthesized".
f = lambda (x): x
