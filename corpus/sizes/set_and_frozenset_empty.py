# Empty and tiny sets: 216 bytes with the inline 8-slot table; in 3.13 frozenset() is not a singleton.
import sys

empty_set = set()
empty_fs = frozenset()
fs_from_empty = frozenset([])
one = {1}
four = {1, 2, 3, 4}
five = {1, 2, 3, 4, 5}
fs_four = frozenset(four)
fs_five = frozenset(five)
for name in ("empty_set", "empty_fs", "fs_from_empty", "one", "four", "five", "fs_four", "fs_five"):
    value = globals()[name]
    print(name, len(value), sys.getsizeof(value))
print(empty_fs is fs_from_empty, frozenset() is frozenset(()))
