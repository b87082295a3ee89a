# CRLF file whose last line has no line ending.
print('last')