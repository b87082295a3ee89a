# PEP 701: backslashes are allowed inside f-string expressions.
words = ["a", "b", "c"]
print(f"{'\n'.join(words)}")
print(f"{'\t'.join(words)!r}")
print(f"{"\N{BULLET}".join(words)}")
