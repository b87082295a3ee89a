# Raw strings keep backslashes: an escaped quote stays two chars, \\ stays two chars, backslash-newline stays.
a = r'\n\t'
b = r'\''
c = r"\""
d = r'\\'
e = r"a\
b"
print(a, len(a), b, len(b), c, len(c), d, len(d))
print(repr(e))
print(rb'\x00', len(rb'\x00'))
