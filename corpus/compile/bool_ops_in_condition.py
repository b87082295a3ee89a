# and/or in an if condition compile to jump chains with no COPY; 'not' flips the jump sense.
def f(a, b, c):
    if a and b or c:
        r1 = 1
    else:
        r1 = 0
    if not (a or b):
        r2 = 1
    else:
        r2 = 0
    if not a and not b:
        r3 = 1
    else:
        r3 = 0
    return r1, r2, r3
for args in ((1, 1, 0), (0, 0, 1), (0, 0, 0), (1, 0, 0)):
    print(args, f(*args))
