# Nested comprehensions: both the outer and the inner one are inlined into the same function.
def f(n):
    return [[i * j for j in range(n)] for i in range(n)]
def g(m):
    return [x for row in m for x in row if x]
m = f(3)
print(m, g(m))
