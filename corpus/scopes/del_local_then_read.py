# del of a local makes it unbound again: a later read raises UnboundLocalError, re-assignment works.
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
    return x
print(f())
def g():
    try:
        del never
    except UnboundLocalError as e:
        return "del unbound: " + str(e)
    never = 1
print(g())
