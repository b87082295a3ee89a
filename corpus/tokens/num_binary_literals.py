# Binary literals: 0b/0B prefixes and underscores.
values = [0b0, 0B1, 0b1010, 0B_1111, 0b1_0_1, 0b_1111_0000_1111_0000]
for v in values:
    print(v, bin(v))
