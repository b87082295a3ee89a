# gc.callbacks receive ("start"/"stop", info) with the generation and the collected/uncollectable counts.
import gc

events = []

def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.disable()
gc.collect()
gc.callbacks.append(cb)
x = []
x.append(x)
del x
result = gc.collect()
gc.callbacks.remove(cb)
print("collect returned", result)
for event in events:
    print(event)
print(gc.callbacks == [])
gc.enable()
