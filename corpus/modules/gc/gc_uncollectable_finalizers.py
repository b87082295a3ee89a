# Cycles whose objects define __del__ are collected since PEP 442; gc.garbage stays empty.
import gc

class Finalized:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.disable()
gc.collect()
a = Finalized("a")
a.me = a
del a
print("collected:", gc.collect())
print("garbage:", gc.garbage)
b = Finalized("b")
c = Finalized("c")
b.other = c
c.other = b
del b, c
n = gc.collect()
print("collected:", n)
print("garbage:", gc.garbage)
gc.enable()
