# A generator expression that is not the sole argument: "Generator expression must be parenthesized".
f(x for x in y, 1)
