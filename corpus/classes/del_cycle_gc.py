# Objects in a reference cycle are not freed by refcounting; gc.collect() runs their __del__.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalize", self.name)

gc.disable()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("after del: nothing finalized yet")
found = gc.collect()
print("collected objects >= 2:", found >= 2)

c = Node("self-cycle")
c.other = c
del c
print("before second collect")
gc.collect()
print("done")
gc.enable()
