# \N{...} in an f-string is an escape, not a replacement field; its braces are not fields.
x = 1
print(ascii(f"\N{BULLET} {x} \N{GREEK SMALL LETTER ALPHA}z"))
print(ascii(f"a\N{EM DASH}{x}\N{EM DASH}b"))
