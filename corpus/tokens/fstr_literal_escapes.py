# Escapes in f-string literal parts: the token keeps source text, the value is decoded.
x = 0
s = f"a\tb{x}\n\x41\101\u00e9"
print(ascii(s))
