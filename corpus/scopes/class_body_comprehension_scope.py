# In a class body, a comprehension's first iterable sees class names, but its other parts do not.
class C:
    n = 3
    items = [i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        error = str(e)
    try:
        nested = [j for i in range(2) for j in range(n)]
    except NameError as e:
        error2 = str(e)
print(C.items, C.error, C.error2)
