# The article's gc section: thresholds (2000, 10, 10 in 3.13), isenabled, get_count shape, collect.
import gc

print(gc.get_threshold())
counts = gc.get_count()
print(type(counts).__name__, len(counts))
print(gc.isenabled())
found = gc.collect()
print(type(found).__name__, found >= 0)
print(gc.collect())
