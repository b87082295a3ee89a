# An assignment expression rebinding the loop variable (symtable error): "assignment expression cannot rebind comprehension iteration variable 'i'".
print([i := 0 for i in range(3)])
