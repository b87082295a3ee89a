# Backslash continuation followed by CRLF joins lines.
x = 1 + \
    2
print(x)
