# for over a bare tuple, a starred tuple, and with starred targets.
a = [1, 2]
for x in 1, 2, 3:
    print(x, end=" ")
print()
for x in *a, *a:
    print(x, end=" ")
print()
for first, *rest in ["abc", (1, 2)]:
    print(first, rest)
