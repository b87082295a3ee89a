# An exception from __lt__ part-way through a sort: what the list holds afterwards.
seed = 99


def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8


class Boom(Exception):
    pass


calls = 0
limit = 0


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global calls
        calls += 1
        if calls == limit:
            raise Boom(calls)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for n in [5, 40, 64, 65, 150, 600]:
    vals = [lcg() % 100 for _ in range(n)]
    for stop in [1, 3, n // 2, n, 2 * n, 5 * n]:
        for rev in (False, True):
            xs = [K(v) for v in vals]
            calls = 0
            limit = stop
            try:
                xs.sort(reverse=rev)
                print(n, stop, rev, "done", calls)
            except Boom as e:
                print(n, stop, rev, "Boom", e.args[0], sum(k.v * (i + 1) for i, k in enumerate(xs)) % 100003)
                if n <= 65:
                    print(xs)

# With a key: values follow the keys they were moved with.
vals = [lcg() % 30 for _ in range(120)]
xs = list(range(120))
calls = 0
limit = 300
try:
    xs.sort(key=lambda i: K(vals[i]))
except Boom as e:
    print("key", e.args[0], xs)


# A key function that raises: the list is unchanged.
def bad(x):
    if x == 7:
        raise ValueError("seven")
    return -x


xs = [3, 9, 7, 1, 12]
try:
    xs.sort(key=bad, reverse=True)
except ValueError as e:
    print(e, xs)
