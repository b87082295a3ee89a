# A form feed at the start of an indented line resets the column count; the INDENT string includes it.
if True:
    x = 1
    print(x)
