# Assignment anywhere in a function makes the name local everywhere in it: reading first raises UnboundLocalError.
x = "global"
def f():
    print(x)
    x = "local"
def g():
    if False:
        x = 1
    return x
for fn in (f, g):
    try:
        fn()
    except UnboundLocalError as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
