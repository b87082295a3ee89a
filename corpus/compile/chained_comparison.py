# a < b < c evaluates b once: SWAP/COPY and a short-circuit jump to a cleanup that pops the extra value.
def f(a, b, c):
    return a < b < c
def g(a, b, c, d):
    if a < b <= c != d:
        return "chain true"
    return "chain false"
def h(x):
    return 0 < x.__len__() < 3
print(f(1, 2, 3), f(1, 3, 2), g(1, 2, 2, 3), g(1, 2, 2, 2), h([1]), h([]))
