# Augmented assignment on attributes (COPY + LOAD_ATTR + STORE_ATTR) and subscripts (COPY 2 twice + STORE_SUBSCR).
class O:
    pass
def f(o, d, k):
    o.n += 1
    d[k] *= 3
    d[k:] += [9]
    o.lst[0] -= 5
    return o.n, d
o = O()
o.n = 1
o.lst = [10]
print(f(o, [1, 2], 1), o.lst)
