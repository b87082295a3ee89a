# gc.isenabled/enable/disable toggle automatic collection; explicit collect() works while disabled.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
cycle = []
cycle.append(cycle)
del cycle
print("collected while disabled:", gc.collect())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.disable(), gc.enable())
