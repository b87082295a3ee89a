# Module globals shadow builtins; deleting the global makes the builtin visible again.
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
def uses_len():
    return len([1, 2])
print(uses_len())
del len
print(len("abc"), uses_len())
def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(1, 2))
list = tuple
print(list([1, 2]))
del list
print(list((1, 2)))
try:
    del print
except NameError as e:
    print(type(e).__name__, e)
len = "global again"
print(__builtins__.len("xy"), len)
