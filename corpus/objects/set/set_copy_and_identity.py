# set.copy and set() are shallow copies; operators always build new sets even when the result equals an operand.
a = {1, 2}
b = a.copy()
c = set(a)
d = a | set()
print(b == a, b is a, c is a, d is a, (a & a) is a, (a - set()) is a)
b.add(3)
print(a, b, type(a.copy()).__name__)
