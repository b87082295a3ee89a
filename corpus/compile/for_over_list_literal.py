# for over a list literal iterates a tuple (constant when possible); async for is not affected.
def f(a):
    out = []
    for x in [1, 2, 3]:
        out.append(x)
    for x in [a, a + 1]:
        out.append(x)
    for x in {7, 8}:
        out.append(x)
    for x in [*range(2)]:
        out.append(x)
    return out
print(f(10))
