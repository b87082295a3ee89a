# Mixed line endings: LF, CRLF and a lone CR in one file.
a = 1
b = 2
c = 3print(a, b, c)
