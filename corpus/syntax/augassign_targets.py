# Augmented assignment to a name, attribute, subscript and slice; the target is evaluated once.
class O: pass
o = O(); o.n = 1
d = {"k": 10}
lst = [1, 2, 3]
calls = []
def key():
    calls.append("key")
    return "k"
n = 5
n += 1
o.n *= 7
d[key()] -= 3
lst[0:2] += [9]
print(n, o.n, d, lst, calls)
