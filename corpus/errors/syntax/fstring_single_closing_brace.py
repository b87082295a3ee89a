# A lone '}' in the literal part: "f-string: single '}' is not allowed".
s = f"a}b"
