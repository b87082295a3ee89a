# Invalid format specifications raise ValueError/TypeError with specific messages.
tests = [
    (1, "z"), (1, ".2"), (1.5, "d"), (1.5, "c"), ("s", "d"), ("s", "+"), ("s", "="),
    (1, ",_"), (1, "_,"), (1, "x,"), (1, "1.2.3"), (65, "+c"), (2**40, "c"), ([], "5"),
    (1, "=s"), (None, "^3"),
]
for value, spec in tests:
    try:
        r = format(value, spec)
        print(f"{value!r:>14} {spec!r:6} ok {r!r}")
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{value!r:>14} {spec!r:6} {type(e).__name__}: {e}")
