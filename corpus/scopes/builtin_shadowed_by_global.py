# A module global shadows a builtin of the same name; deleting the global makes the builtin visible again.
def use():
    return len([1, 2, 3])
print(use())
def len(x):
    return "global len"
print(use())
del len
print(use())
