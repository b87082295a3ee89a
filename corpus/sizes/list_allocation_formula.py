# list_resize's over-allocation formula, computed in Python, matches getsizeof for an append sequence.
import sys

def predicted_allocated(old_alloc, newsize):
    if old_alloc >= newsize and newsize >= (old_alloc >> 1):
        return old_alloc
    new_alloc = (newsize + (newsize >> 3) + 6) & ~3
    if newsize - (old_alloc if old_alloc else 0) > new_alloc - newsize:
        new_alloc = (newsize + 3) & ~3
    return new_alloc

lst = []
alloc = 0
mismatches = 0
allocations = []
for n in range(1, 500):
    alloc = predicted_allocated(alloc, n)
    lst.append(n)
    if sys.getsizeof(lst) != 56 + 8 * alloc:
        mismatches += 1
    if not allocations or allocations[-1] != alloc:
        allocations.append(alloc)
print("mismatches:", mismatches)
print(allocations)
