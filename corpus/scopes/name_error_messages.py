# NameError messages for an undefined global from module level, from a function, and after del.
def f():
    return undefined_name
try:
    f()
except NameError as e:
    print(e, "|", e.name)
try:
    print(also_missing)
except NameError as e:
    print(e, "|", e.name)
gone = 1
del gone
try:
    gone
except NameError as e:
    print(e)
