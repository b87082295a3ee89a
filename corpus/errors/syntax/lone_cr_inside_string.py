# A lone CR inside a one-line string: tokenize keeps it, the compiler sees a newline: unterminated string literal.
s = 'ab'
print(s)
