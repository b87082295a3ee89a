# yield inside a list comprehension (symtable error): "'yield' inside list comprehension".
def f():
    return [(yield x) for x in range(3)]
