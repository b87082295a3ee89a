# Same number of keys, different key types: all-str dicts use 16-byte entries, others 24-byte entries.
import sys

for n in (1, 5, 6, 10, 11, 21, 22):
    str_keys = {}
    int_keys = {}
    tuple_keys = {}
    for i in range(n):
        str_keys["k%d" % i] = i
        int_keys[i] = i
        tuple_keys[(i,)] = i
    print(n, sys.getsizeof(str_keys), sys.getsizeof(int_keys), sys.getsizeof(tuple_keys))
last_str = str_keys
last_int = int_keys
