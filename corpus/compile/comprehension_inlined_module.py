# PEP 709: a module-level list comprehension is inlined; its variable is a hidden fast local (LOAD_FAST_AND_CLEAR).
x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)
pairs = {k: v for k, v in [("a", 1), ("b", 2)]}
print(pairs)
