# The "as" name is deleted at the end of the except block, even if it existed before.
e = "outer value"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def func():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err} | saved={saved}"
print(func())

try:
    raise KeyError("k")
except KeyError as keep:
    kept = keep
print(repr(kept), "keep" in dir())
