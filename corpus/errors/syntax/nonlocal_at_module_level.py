# nonlocal at module level (symtable error): "nonlocal declaration not allowed at module level".
nonlocal x
