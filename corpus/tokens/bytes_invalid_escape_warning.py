# In bytes, \u, \U and \N are invalid escapes (SyntaxWarning) and stay as backslash + letter.
b = b"\u0041"
c = b"\N{BULLET}"
print(b, c)
