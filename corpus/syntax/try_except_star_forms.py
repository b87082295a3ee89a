# except* with a tuple of types, with else and finally, and a naked exception wrapped into a group.
try:
    raise OSError("naked")
except* (OSError, KeyError) as g:
    print(type(g).__name__, g.exceptions)
else:
    print("no")
finally:
    print("finally")
try:
    pass
except* Exception:
    pass
else:
    print("else runs")
