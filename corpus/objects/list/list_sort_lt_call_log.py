# The number and order of __lt__ calls list.sort makes (CPython's timsort).
seed = 2024


def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8


log = []


class K:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v


def shapes(n):
    yield "random", [lcg() % 1000 for _ in range(n)]
    yield "dups", [lcg() % 5 for _ in range(n)]
    yield "asc", list(range(n))
    yield "desc", list(range(n, 0, -1))
    yield "desc-dups", [(n - i) // 3 for i in range(n)]
    yield "runs", [(i % 37) if (i // 37) % 2 == 0 else (37 - i % 37) for i in range(n)]
    yield "saw", [i % 7 for i in range(n)]
    yield "asc+random", list(range(n // 2)) + [lcg() % n for _ in range(n - n // 2)]


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % 1000000007
    return h


for n in [0, 1, 2, 10, 63, 64, 65, 200, 1000]:
    for name, vals in shapes(n):
        items = [K(v, i) for i, v in enumerate(vals)]
        for rev in (False, True):
            log.clear()
            out = sorted(items, reverse=rev)
            order = [k.i for k in out]
            if n <= 10:
                print(n, name, rev, len(log), log, order)
            else:
                print(n, name, rev, len(log), digest(log), log[:6], log[-6:], digest((i, i) for i in order))

# A key function: keys compared, values move in lockstep.
log.clear()
vals = [lcg() % 50 for _ in range(300)]
out = sorted(range(300), key=lambda i: K(vals[i], i))
print(len(log), digest(log), out[:20])


# NotImplemented from __lt__ with a same-type list: the slot is tried, then the full protocol.
class G:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return NotImplemented

    def __gt__(self, other):
        log.append(("gt", self.v, other.v))
        return self.v > other.v


log.clear()
print([g.v for g in sorted([G(3), G(1), G(2), G(5), G(4)])])
print(log)
log.clear()
print([t[0].v for t in sorted([(G(3),), (G(1),), (G(2),)])])
print(log)
log.clear()
print([g.v for g in sorted([G(3), G(1), 0.5, G(2)], key=lambda g: g if isinstance(g, G) else G(g))])
print(len(log))
