# factorial, comb and perm: exact big results, k > n, default k, and their argument errors.
import math

print([math.factorial(n) for n in range(8)])
print(len(str(math.factorial(200))), math.factorial(25))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 6), math.perm(4, 0))
print(math.comb(True, True), math.factorial(True))
bad = [("factorial", (-1,)), ("factorial", (1.0,)), ("factorial", ("3",)), ("comb", (-1, 2)),
       ("comb", (5, -1)), ("perm", (-3, 1)), ("perm", (3, -1)), ("comb", (5.0, 2)), ("comb", (5,))]
for name, args in bad:
    try:
        getattr(math, name)(*args)
    except (ValueError, TypeError) as e:
        print(name, args, type(e).__name__, e)
