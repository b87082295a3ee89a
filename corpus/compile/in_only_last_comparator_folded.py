# Only the right operand of the last comparator is turned into a tuple: 'x in [..] in [..]' keeps the first list.
def f(x):
    a = x in [1, 2] == [1, 2]
    b = [1, 2] == x in [[1, 2]]
    c = x in [[1], 2]
    return a, b, c
print(f(1))
print(f([1, 2]))
