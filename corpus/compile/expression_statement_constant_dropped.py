# Constant expression statements (1, 'x', ..., None, -1) emit nothing but a line NOP when the line has no other code.
def f(a):
    1
    "text"
    ...
    None
    -1
    a
    return a
print(f(3))
