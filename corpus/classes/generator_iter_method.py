# An __iter__ written as a generator gives an independent iterator on every iteration.
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)

grid = Range2D(3, 2)
print(list(grid))
it1, it2 = iter(grid), iter(grid)
print(next(it1), next(it1), next(it2))
print(type(it1).__name__, it1 is iter(it1))
print(len(list(grid)), sum(x for x, y in grid), (2, 1) in grid, (3, 0) in grid)
print([p for p in grid if p[0] == p[1]])
zipped = list(zip(grid, grid))
print(zipped[:2])
print(dict.fromkeys(grid, 0).__len__(), max(grid), sorted(grid, reverse=True)[0])
