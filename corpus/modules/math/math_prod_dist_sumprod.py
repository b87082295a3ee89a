# prod (ints stay exact, start=), dist and sumprod (3.12+) with their error messages.
import math

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)))
print(math.prod([2, 0.5]), math.prod([2, 3], start=1.0), math.prod([3], start="ab"))
print(math.dist((0, 0), (3, 4)), math.dist([1], [4]), math.dist((), ()))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [10, 10]), math.sumprod([], []))
for fn, args in [(math.dist, ((1, 2), (1,))), (math.sumprod, ([1, 2], [3])), (math.dist, (1, 2))]:
    try:
        fn(*args)
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
