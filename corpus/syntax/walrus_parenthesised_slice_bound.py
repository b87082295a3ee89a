# A parenthesised assignment expression as a slice's lower bound is an `expression` (the
# grammar's `[expression] ':'`), valid; only a bare `a := 1:` there is a syntax error.
data = list(range(10))
print(data[(start := 2):7], start)
print(data[((stop := 3)):], stop)
print(data[(step := 1)::3], step)
