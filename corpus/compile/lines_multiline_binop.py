# A binary expression split across lines: BINARY_OP lines follow the operator's expression span (its start line).
a = 1
b = 2
c = (a
     *
     b
     +
     a)
d = [a,
     b,
     c]
print(c, d)
