# 'nonlocal' at module level is a SyntaxError raised by the symbol table: ast parses it, dis and the run fail.
nonlocal x
print("never printed")
