# After 'del x' a later read of x becomes LOAD_FAST_CHECK; a parameter is bound at entry until deleted.
def f(x, flag):
    y = x
    if flag:
        del x
    return y, x
print(f(1, False))
try:
    f(1, True)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
