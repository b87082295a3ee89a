# Adding to or removing from a set while iterating it raises RuntimeError: Set changed size during iteration.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in s:
    s.add(x)
print(s)
s = {1, 2, 3}
try:
    for x in s:
        s.remove(x)
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
