# Targets are assigned left to right, so a later target can use a name bound by an earlier one.
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
x = [None, None]
x[0] = x = [7, 8]
print(x)
class O: pass
o = O()
o.a, o.b = o.c = (1, 2)
print(o.a, o.b, o.c)
