# del of a local, global, attribute, subscript, slice and a tuple of targets: DELETE_FAST/GLOBAL/ATTR/SUBSCR.
g1 = 1
class O:
    pass
def f(o, d):
    global g1
    loc = 1
    del loc
    del g1
    del o.attr
    del d["k"], d["j"]
    lst = [1, 2, 3]
    del lst[0:2]
    return lst, o.__dict__, d
o = O()
o.attr = 1
print(f(o, {"k": 1, "j": 2, "m": 3}))
print("g1" in globals())
