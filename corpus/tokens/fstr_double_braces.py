# Doubled braces: each FSTRING_MIDDLE chunk ends with one brace and the next starts after the second.
x = 1
print(f"a{{b}}c")
print(f"{{{x}}}")
print(f"{{}}")
print(f"}}{{")
print(f"{{x}} = {x}")
