# Starred call arguments may be arbitrary expressions: or, conditionals, calls, and comprehensions.
def show(*a, **k): return a, k
x = []
print(show(*(x or [1, 2])))
print(show(*[i for i in range(3)], **{k: v for k, v in [("a", 1)]}))
print(show(*range(2) if True else (), **dict(b=2)))
