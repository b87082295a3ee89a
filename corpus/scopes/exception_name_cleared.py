# The 'as' target of an except clause is deleted at the end of the handler, even if it existed before.
e = "outer value"
try:
    raise ValueError("boom")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    exc = 1
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
