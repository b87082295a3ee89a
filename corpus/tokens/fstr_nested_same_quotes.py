# PEP 701: nested f-strings may reuse the enclosing quote character.
x = "in"
print(f"a{f"b{x}c"}d")
print(f'{'single'}')
print(f"{"-".join(["p", "q", "r"])}")
print(f"""{f"""{x}"""}""")
