# 'global' applies to the whole function body even when written inside a branch that never runs.
x = "module"
def f(flag):
    if flag:
        global x
    x = "assigned in f"
f(False)
print(x)
