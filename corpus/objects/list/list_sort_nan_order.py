# list.sort / sorted on floats with NaNs: the order depends on timsort's exact compares.
nan = float("nan")
seed = 12345


def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def data(n, nan_every):
    out = []
    for i in range(n):
        r = lcg()
        if r % nan_every == 0:
            out.append(nan)
        else:
            out.append((r >> 8) % 1000 / 10.0)
    return out


for n, every in [(10, 3), (64, 5), (65, 7), (100, 4), (257, 9), (1000, 11)]:
    xs = data(n, every)
    ys = sorted(xs)
    print(n, every, " ".join("n" if y != y else repr(y) for y in ys))
    zs = sorted(xs, reverse=True)
    print(n, "rev", " ".join("n" if y != y else repr(y) for y in zs))
    ks = sorted(range(n), key=lambda i: xs[i])
    print(n, "key", ks)

# NaN inside tuples and with runs.
xs = [(nan if i % 13 == 0 else float(i % 17), i) for i in range(200)]
print([p[1] for p in sorted(xs)])
run = [float(i) for i in range(80)] + [nan] + [float(80 - i) for i in range(80)]
print(" ".join("n" if y != y else repr(y) for y in sorted(run)))
