# while/else and for/else: the else block runs when the loop ends without break; break jumps past it.
def f(xs, target):
    for x in xs:
        if x == target:
            r = "found"
            break
    else:
        r = "not found"
    i = 0
    while i < 3:
        if i == target:
            break
        i += 1
    else:
        i = -1
    return r, i
print(f([1, 2], 2), f([1, 2], 5))
