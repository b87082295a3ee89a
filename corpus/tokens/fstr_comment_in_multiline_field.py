# PEP 701: a '#' comment inside a multi-line replacement field ends at the newline.
x = 3
print(f"""{
    x  # the value
    + 1  # plus one
}""")
print(f"""{x # c
=}""")
