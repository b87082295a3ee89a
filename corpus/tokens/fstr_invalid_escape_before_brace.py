# "\{" in a non-raw f-string: SyntaxWarning (even from tokenize, as <string>), the backslash is kept.
x = 0
print(ascii(f"\{x}"))
print(ascii(f"a\{x}\}}"))
