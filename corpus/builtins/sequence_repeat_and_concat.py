# Sequence repetition with zero, negative and bool counts; aliasing of nested lists; concat type rules.
print([1, 2] * 0, [1, 2] * -3, "ab" * True, (0,) * 3, b"x" * 2, 3 * "ab")
grid = [[0] * 2] * 3
grid[0][0] = 9
print(grid)
safe = [[0] * 2 for _ in range(3)]
safe[0][0] = 9
print(safe)
lst = [1]
lst *= 3
print(lst, [] * 100, "" * 10**9)
print([1] + [2], (1,) + (2,), "a" + "b", b"a" + b"b", [1] + list((2,)))
for bad in (lambda: [1] + (2,), lambda: (1,) + [2], lambda: "a" + b"b", lambda: [1] * 2.0, lambda: "a" * "3"):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
l2 = [1]
l2 += (2, 3)
l2 += "ab"
print(l2)
