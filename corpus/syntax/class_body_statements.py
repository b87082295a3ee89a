# A class body is ordinary code: loops, conditionals, comprehensions and del run at definition time.
class C:
    items = []
    for i in range(3):
        items.append(i * i)
    if len(items) > 2:
        big = True
    else:
        big = False
    squares = {n: n * n for n in range(3)}
    del i
print(C.items, C.big, C.squares, hasattr(C, "i"))
