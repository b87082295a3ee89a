# Keyword arguments use CALL_KW with a constant tuple of names.
def f(a, b=0, *, c=0, d=0):
    return a, b, c, d
print(f(1, c=3))
print(f(1, 2, d=4, c=3))
print(f(a=5))
print(dict(x=1, y=2))
