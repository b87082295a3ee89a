# x += 1 in a function without 'global x' makes x local, so it fails even though a global x exists.
x = 10
def bump():
    x += 1
    return x
try:
    bump()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def bump_global():
    global x
    x += 1
    return x
print(bump_global(), x)
