# OverflowError messages from float arithmetic, int-to-float conversion and C-size limits.
tests = [
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("10 ** 400 / 1", lambda: 10 ** 400 / 1),
    ("int(float('inf'))", lambda: int(float("inf"))),
    ("int(float('nan'))", lambda: int(float("nan"))),
    ("[0] * 2**62", lambda: [0] * 2**62),
    ("'x' * 2**63", lambda: "x" * 2**63),
    ("round(1.5, 2**63)", lambda: round(1.5, 2**63)),
    ("chr(2**63)", lambda: chr(2**63)),
    ("1 << 2**63", lambda: 1 << 2**63),
    ("(2**1000).to_bytes(2)", lambda: (2**1000).to_bytes(2)),
    ("2.0 ** 1e5", lambda: 2.0 ** 1e5),
]
for src, fn in tests:
    try:
        r = fn()
        print(f"{src:22} = {r!r}"[:70])
    except (OverflowError, ValueError, MemoryError) as e:
        print(f"{src:22} {type(e).__name__}: {e}")
print(1e308 * 10, -1e308 * 10, 2 ** 1000 > 1e308)
