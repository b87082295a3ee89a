# A UTF-8 byte order mark at the start: ENCODING is 'utf-8-sig' and columns ignore it.
s = 'café'
print(s, len(s))
