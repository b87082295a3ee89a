# [x] * n repeats references: mutating a nested list shows up in every row; *= with 0 empties in place.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [1, 2]
alias = a
a *= 2
print(a, alias is a)
a *= 0
print(a, alias)
print([1] * -1, [] * 100, [None] * 3, 2 * [1, 2])
try:
    [1] * 2**62
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
