# |=, &=, -=, ^= mutate in place (require sets), while update/intersection_update/... take iterables.
a = {1, 2, 3}
alias = a
a |= {4}
a -= {1}
a &= {2, 3, 4, 5}
a ^= {5, 2}
print(a, alias is a)
a.update([10], range(11, 13))
a.difference_update([10], {11})
a.intersection_update(range(20), [3, 4, 5, 12])
a.symmetric_difference_update([3, 99])
print(a, alias is a)
for expr in ("a |= [1]", "a -= (1,)", "a &= 'x'", "a ^= None"):
    try:
        exec(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
print(a.update(), a.difference_update(), a.intersection_update(), a)
