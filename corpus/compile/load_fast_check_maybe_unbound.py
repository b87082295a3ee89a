# A local that may be unbound on some path is read with LOAD_FAST_CHECK; a surely-bound one with LOAD_FAST.
def f(c):
    if c:
        x = 1
    y = 2
    print(y)
    return x
def g(c):
    x = 0
    if c:
        x = 1
    return x
print(f(1), g(0))
try:
    f(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
