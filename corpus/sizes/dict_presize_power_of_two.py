# Presizing rounds exact powers of two up (fromkeys of 21+ set items), while incremental inserts do not.
import sys

for n in (8, 10, 11, 16, 21, 22, 32, 43):
    incremental = {}
    for i in range(n):
        incremental[i] = None
    presized = dict.fromkeys(set(range(n)))
    from_dict = dict.fromkeys(incremental)
    print(n, sys.getsizeof(incremental), sys.getsizeof(presized), sys.getsizeof(from_dict))
