# Attribute, subscript and slice targets, including chains and unpacking into them.
class O: pass
o = O()
o.x = 1
o.inner = O()
o.inner.y = [0, 0, 0]
o.inner.y[1] = 5
d = {}
d["k"] = 2
lst = [0, 1, 2, 3, 4]
lst[1:3] = ["a", "b", "c"]
lst[::2] = [7, 7, 7]
o.x, d["z"], lst[0] = "X", "Z", "first"
print(o.x, o.inner.y, d, lst)
