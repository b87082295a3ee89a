# Sizes of dict views and iterators: they do not grow with the dict they look at.
import sys

small = {"a": 1}
large = {i: i for i in range(1000)}
views = {
    "keys": (small.keys(), large.keys()),
    "values": (small.values(), large.values()),
    "items": (small.items(), large.items()),
    "iter": (iter(small), iter(large)),
    "iter items": (iter(small.items()), iter(large.items())),
    "reversed": (reversed(small), reversed(large)),
}
for name, (a, b) in views.items():
    print(name, type(a).__name__, sys.getsizeof(a), sys.getsizeof(b))
keys_view = large.keys()
item_iter = iter(large.items())
