# divmod() for ints and floats with every sign combination: floor semantics, result types.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3)]:
    print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.0, 1.0), (5, 0.5)]:
    print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(1e300, 1e-300)[1])
for args in ((1, 0), (1.0, 0.0), (1, "2"), (1j, 1)):
    try:
        divmod(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
