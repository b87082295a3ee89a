# count, cycle and repeat: values, reprs as they advance, and the length hint of repeat.
from itertools import count, cycle, repeat, islice

c = count()
print(repr(c), next(c), next(c), repr(c))
print(list(islice(count(5), 3)), list(islice(count(10, -3), 4)), list(islice(count(1.5, 0.5), 3)))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(step=3)))
print(repr(count(1, 1)), repr(count(0.0, 1)), repr(count(2 ** 70)), repr(count(-1, -1)))
big = count(2 ** 63 - 2)
print(next(big), next(big), next(big), repr(big))
fr = count(1, 0.25)
print([next(fr) for _ in range(3)], repr(fr))
cy = cycle("abc")
print([next(cy) for _ in range(7)])
print(list(cycle([])), list(islice(cycle(range(2)), 5)))
r = repeat("a", 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), list(r), repr(r), r.__length_hint__())
print(repr(repeat("x")), repr(repeat(1, -5)), list(repeat(1, -5)), list(repeat([], 2)))
print(list(map(pow, range(4), repeat(2))))
try:
    repeat(0).__length_hint__()
except TypeError as e:
    print("TypeError", e)
print(type(c).__name__, type(c).__module__, type(c).__qualname__, repr(type(c)))
print(iter(c) is c, type(cy).__name__, type(r).__name__)
for call in [lambda: count("a"), lambda: count(1, "a"), lambda: count(1, 2, 3), lambda: count(x=1),
             lambda: cycle(), lambda: cycle(1), lambda: cycle([1], x=1), lambda: repeat(),
             lambda: repeat(1, "x"), lambda: repeat(1, 2, 3), lambda: repeat(object=1, times=2, x=1),
             lambda: repeat(1, 2 ** 70)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
