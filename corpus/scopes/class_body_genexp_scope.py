# A generator expression in a class body: the first iterable sees class names, the condition does not.
class C:
    limit = 2
    values = (1, 2, 3)
    gen = (v for v in values)
    bad = (v for v in values if v < limit)
print(list(C.gen))
try:
    list(C.bad)
except NameError as e:
    print("NameError:", e)
