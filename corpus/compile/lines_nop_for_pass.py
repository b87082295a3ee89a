# pass and constant statements produce a NOP only when the line has no other instruction to carry it.
def f(x):
    pass
    if x:
        pass
    else:
        x = 2
    for i in range(2):
        pass
    while False:
        pass
    return x
print(f(0), f(1))
