# Octal escapes above \377 in str give "invalid octal escape sequence" SyntaxWarning, but still decode.
s = "\400\777"
print(ascii(s))
