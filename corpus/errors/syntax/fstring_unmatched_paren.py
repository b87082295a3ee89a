# A ')' with no opener inside a field: "f-string: unmatched ')'" (tokenize reports "single '}'").
s = f"{x)}"
