# Recursion builds a fresh frame per call: local variables of each level are independent.
def walk(n, path):
    here = path + [n]
    if n == 0:
        return [here]
    return walk(n - 1, here) + [here]
for p in walk(3, []):
    print(p)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
