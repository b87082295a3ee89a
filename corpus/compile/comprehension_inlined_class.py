# In a class body every comprehension-local name is saved/restored; class-level names are not visible inside it.
class C:
    y = 10
    vals = [x * 2 for x in range(3)]
    try:
        bad = [y for _ in range(1)]
    except NameError as e:
        err = str(e)
    firsts = [y for y in "ab"]
print(C.vals, C.err, C.firsts, C.y)
print(sorted(k for k in vars(C) if not k.startswith("__")))
