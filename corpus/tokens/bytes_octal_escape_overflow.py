# Bytes octal escape above \377 warns "invalid octal escape sequence" and wraps modulo 256.
b = b"\400\777"
print(list(b))
