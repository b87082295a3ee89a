# Octal literals: 0o/0O prefixes and underscores.
values = [0o0, 0O0, 0o7, 0o17, 0O777, 0o_17, 0o1_7, 0o_0_0_1]
for v in values:
    print(v, oct(v))
