# gc.collect() returns the number of unreachable objects found: exact counts for cycles of known shape.
import gc

gc.disable()
gc.collect()
print("nothing:", gc.collect())

lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())

d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())

class Node:
    pass

a = Node()
b = Node()
a.peer = b
b.peer = a
del a, b
print("two instances:", gc.collect())

ring = [[] for _ in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring
print("ring of five lists (the outer list is freed by refcount):", gc.collect())

l1, l2, l3 = [], [], []
l1.append(l2)
l2.append(l3)
l3.append(l1)
del l1, l2, l3
print("three lists:", gc.collect())

kept = []
kept.append(kept)
print("reachable cycle:", gc.collect())
print(len(kept))
gc.enable()
