# Changing a dict's or set's size during iteration raises RuntimeError; value updates are allowed.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e, d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
try:
    for k in d:
        del d["a"]
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
for k in list(d):
    del d[k]
print(d)
