# Tuple unpacking into two locals fuses into STORE_FAST_STORE_FAST; a, b = b, a becomes a SWAP-free pair of stores.
def f(p):
    a, b = p
    a, b = b, a
    c, d, e = a, b, a
    return a, b, c, d, e
print(f((1, 2)))
