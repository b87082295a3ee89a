# '!' followed directly by '}': "f-string: missing conversion character".
s = f"{x!}"
