# Superinstructions need both local indices < 16: locals 16+ keep separate LOAD_FAST / STORE_FAST.
def f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17):
    x = a14 + a15
    y = a15 + a16
    z = a16 + a17
    p, q = a0, a17
    return x, y, z, p, q
print(f(*range(18)))
