# Set operators require sets on both sides; the named methods accept any iterables (and several of them).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, a < a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
print(a.union([9], (10,)), a.intersection(range(3), [1, 2, 7]), a.difference('ab', [1]), a.symmetric_difference([4, 6]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint('xyz'), a.isdisjoint([4]), a.union(), a.intersection())
for expr in ["a | [1]", "a & (1,)", "a - 'x'", "a ^ None", "[1] | a", "a + b", "a * 2", "a < [1]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)
print(a, b)
