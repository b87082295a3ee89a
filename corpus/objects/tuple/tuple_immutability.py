# Tuples reject item assignment and deletion, but mutable elements inside can still change (even through +=, which also raises).
t = (1, [2], 'x')
for call in (lambda: t.__setitem__(0, 5), lambda: t.__delitem__(0), lambda: t.append(1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
t[1].append(4)
print(t)
try:
    t[0] = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
