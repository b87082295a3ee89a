# Triple-quoted strings and f-strings nested in a single-quoted f-string field.
x = 2
print(f'{"""tri"""}-{'''x'''}-{f"""{x}"""}')
print(f"{'''a
b'''!r}")
