# A backslash continuation on the last line: "unexpected EOF while parsing".
x = 1 + \
