# 'except E as e' stores e, then clears it with e = None; del e in an inner cleanup handler.
def f():
    e = "before"
    try:
        raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
