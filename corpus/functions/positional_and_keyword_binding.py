# Arguments bind positionally first, then by keyword, then defaults fill the rest.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, 5))
print(f(1, d=9, b=7))
print(f(d=1, c=2, b=3, a=4))
print(f(*(1, 2), **{"d": 0}))
