# Operators ranges do not support (concatenation, repetition, ordering, item assignment); ranges are still hashable sequences.
r = range(3)
for expr in ["r + r", "r * 2", "r < r", "-r", "r + [3]", "r[1] = 5"]:
    try:
        exec(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
print({range(3): 'ok'}[range(0, 3)], min(r), max(r), sum(r), sorted(range(3, 0, -1)), list(map(str, r)))
