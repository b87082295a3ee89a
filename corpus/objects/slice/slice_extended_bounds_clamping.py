# Out-of-range slice bounds clamp silently for every step sign; huge bounds and negative steps included.
a = list(range(5))
for s in [slice(-10, 10), slice(10, -10, -1), slice(-10, 10, -1), slice(4, -10, -2), slice(None, -6, -1), slice(-6, None, 2),
          slice(2**100, None, -1), slice(None, -(2**100)), slice(3, 3), slice(3, 2, 1), slice(2, 3, -1)]:
    print(s, a[s], 'abcde'[s], tuple(a)[s], range(5)[s])
