# slice.indices(length) normalises start/stop/step for a sequence length, clamping like sequence slicing does.
for s in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(100, -100, -1), slice(5, 2),
          slice(1, None, 3), slice(None, -1, -2), slice(-1, -1, -1), slice(0, 0, -1), slice(3, None, -1)]:
    for n in (0, 5, 10):
        t = s.indices(n)
        print(s, n, t, len(range(*t)), list(range(*t)) == list(range(n))[s])
for args in [(slice(None, None, 0), 5), (slice(None), -1), (slice('a'), 5), (slice(1.5), 5)]:
    try:
        args[0].indices(args[1])
    except (ValueError, TypeError) as e:
        print(args[0], type(e).__name__, e)
print(slice(2**70, -2**70, -2**65).indices(10), slice(None).indices(2**70))
