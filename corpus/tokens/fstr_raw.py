# Raw f-strings: backslashes in literal parts are kept, fields still work, \N is not an escape.
x = 5
print(rf"\n{x}\t")
print(Rf"\d+{x}\.\w")
print(fr"{x}\{x}")
print(len(rf"\N{x}"))
