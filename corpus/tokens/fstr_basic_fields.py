# Basic f-string: literal chunks around replacement fields become FSTRING_MIDDLE, LBRACE..RBRACE tokens.
name = "world"
n = 3
print(f"hello {name}!")
print(f'{n}{n}{n}')
print(f"{name} has {len(name)} letters, {n * 2} doubled")
