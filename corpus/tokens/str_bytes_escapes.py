# Bytes escapes: \x, octal, simple escapes and backslash-newline; \u and \N are not escapes in bytes.
b = b"\x00\xff\101\7\n\t\\\'\""
print(b, len(b))
c = b"a\
b"
print(c)
print(list(b"\r\v\f\a\b"))
