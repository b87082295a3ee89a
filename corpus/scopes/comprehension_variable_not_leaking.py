# Comprehension variables do not leak into the enclosing scope, but a for-loop variable does.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
for y in range(3):
    pass
print(y)
def f():
    i = "kept"
    total = sum([i for i in range(4)])
    d = {i: i for i in "ab"}
    return i, total, d
print(f())
try:
    [z for z in range(2)]
    z
except NameError as e:
    print("NameError:", e)
