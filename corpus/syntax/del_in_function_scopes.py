# del of a local, of a global (declared global), and of a closure variable (nonlocal).
g = 1
def f():
    global g
    del g
    loc = 2
    del loc
    try:
        loc
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    outer_val = 3
    def inner():
        nonlocal outer_val
        del outer_val
    inner()
    try:
        outer_val
    except NameError as e:
        print(type(e).__name__ + ":", e)
f()
print("g" in globals())
