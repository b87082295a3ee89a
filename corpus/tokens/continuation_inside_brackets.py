# Redundant backslash continuations inside brackets, and in the middle of a def header.
values = [1, \
          2, \
          3]
def f(a, \
      b):
    return a + \
        b
print(values, f(*values[:2]))
