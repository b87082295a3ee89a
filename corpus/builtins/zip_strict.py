# zip(strict=True) raises ValueError naming which argument is shorter or longer.
print(list(zip([1, 2], "ab", strict=True)))
tests = [
    lambda: list(zip([1, 2, 3], "ab", strict=True)),
    lambda: list(zip([1], "ab", strict=True)),
    lambda: list(zip([1, 2], [1, 2], [1], strict=True)),
    lambda: list(zip([1], [1], [1, 2], strict=True)),
    lambda: list(zip([], [1], strict=True)),
]
for t in tests:
    try:
        t()
    except ValueError as e:
        print(type(e).__name__, e)
consumed = []
z = zip([1, 2, 3], [4, 5], strict=True)
try:
    for pair in z:
        consumed.append(pair)
except ValueError as e:
    print(consumed, e)
print(list(zip(strict=True)), list(zip(strict=False)))
