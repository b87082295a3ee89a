# Mutating the list from a key function or __lt__ while list.sort runs.
import sys

seed = 7


def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8


xs = [lcg() % 100 for _ in range(80)]
seen = []


def key(x):
    seen.append(len(xs))
    xs.append(x)
    return x


try:
    xs.sort(key=key)
except ValueError as e:
    print(e)
print(seen[:5], len(xs), xs[:10])


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        target.append(self)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for n in (3, 70, 300):
    target = [K(lcg() % 50) for _ in range(n)]
    before = sys.getsizeof(target)
    try:
        target.sort()
    except ValueError as e:
        print(n, e, len(target), sys.getsizeof(target) == before)
    print(target[:12])


class Clear:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        lens.append(len(ys))
        ys.clear()
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


lens = []
ys = [Clear(lcg() % 10) for _ in range(20)]
try:
    ys.sort()
    print("no error")
except ValueError as e:
    print(e)
print(set(lens), ys)


class Raiser:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        zs.append(0)
        if len(lens) > 30:
            raise KeyError("late")
        lens.append(1)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


lens = []
zs = [Raiser(lcg() % 10) for _ in range(100)]
try:
    zs.sort(reverse=True)
except KeyError as e:
    print(repr(e), len(zs), zs[:15])
