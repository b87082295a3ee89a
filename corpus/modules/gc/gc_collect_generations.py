# gc.collect(generation) accepts 0, 1 and 2; other values raise ValueError.
import gc

gc.disable()
for gen in (0, 1, 2):
    x = []
    x.append(x)
    del x
    print("generation", gen, "->", gc.collect(gen) >= 1)
for bad in (3, -1, 100):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    gc.collect("0")
except TypeError as e:
    print("TypeError:", e)
print(gc.collect(generation=2) >= 0)
gc.enable()
