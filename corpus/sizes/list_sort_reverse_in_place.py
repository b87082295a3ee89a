# In-place sort() and reverse() keep the list's allocation; sorted() builds an exact-size copy.
import sys

data = []
for x in (5, 3, 9, 1, 7, 2, 8, 6, 4):
    data.append(x)
before = sys.getsizeof(data)
data.sort()
after_sort = sys.getsizeof(data)
data.reverse()
after_reverse = sys.getsizeof(data)
copy_sorted = sorted(data)
print(before, after_sort, after_reverse, sys.getsizeof(copy_sorted))
print(data, copy_sorted)
