# while with an assignment-expression condition and an else clause; nested while with break.
items = [1, 2, 3]
while (item := items.pop() if items else None) is not None:
    print("item", item)
else:
    print("else, item =", item)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    i += 1
print(i, j)
