# := in a comprehension binds in the enclosing function (or module), not in the comprehension.
def f():
    data = [3, 8, 1, 9]
    if any((big := v) > 5 for v in data):
        first_big = big
    return first_big, [(last := y) for y in "ab"], last
print(f())
[m := i * i for i in range(4)]
print(m)
