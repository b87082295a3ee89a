# An empty replacement field: "f-string: valid expression required before '}'".
s = f"a{}b"
