# Hexadecimal literals: 0x/0X prefixes, mixed-case digits, underscores after the prefix and between digits.
values = [0x0, 0X0, 0xff, 0XFF, 0xDeadBeef, 0x_ff, 0xf_f, 0x_1_2_3, 0xFFFFFFFFFFFFFFFFFFFFFFFF]
for v in values:
    print(v, hex(v))
