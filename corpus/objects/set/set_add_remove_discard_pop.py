# add/remove/discard/pop/clear: remove raises KeyError with the element, discard does not, pop takes from slot order.
s = {5, 1, 9}
s.add(1)
s.add(3)
print(s, s.discard(100), s)
s.remove(9)
for x in (9, 'x', (1,)):
    try:
        s.remove(x)
    except KeyError as e:
        print(type(e).__name__, e)
pops = []
while s:
    pops.append(s.pop())
print(pops)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
s = {1, 2}
s.clear()
print(s, len(s))
for call in (lambda: s.add([]), lambda: s.remove({}), lambda: s.discard([1])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(s.discard(frozenset()), {frozenset({1})} - {frozenset({1})})
t = {frozenset({1, 2})}
t.remove({1, 2})
print(t, {1, 2} in {frozenset({2, 1})})
