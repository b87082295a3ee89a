# set methods and operators: union/intersection/difference/symmetric difference, comparisons, updates.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (8,)), a.intersection(range(3)), a.difference("x"), a.symmetric_difference([1, 9]))
print(a.isdisjoint({7}), {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {5, 10}
print(c)
c.update([7], "ab")
c.discard(99)
c.remove("a")
print(sorted(map(str, c)))
for bad in (lambda: a | [1], lambda: a.remove(99), lambda: a < [1], lambda: {1}.pop() and set().pop()):
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1} != frozenset({1}), set() == frozenset())
print(sorted({"b", "a", "c"}), len({x % 3 for x in range(10)}))
