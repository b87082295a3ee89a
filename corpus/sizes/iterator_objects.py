# Sizes of iterator objects for built-in containers and of enumerate/zip/map/filter/reversed.
import sys

its = {
    "list_iterator": iter([1, 2]),
    "tuple_iterator": iter((1, 2)),
    "str_ascii_iterator": iter("ab"),
    "str_iterator": iter("\u00e9b"),
    "bytes_iterator": iter(b"ab"),
    "set_iterator": iter({1}),
    "dict_keyiterator": iter({}),
    "range_iterator": iter(range(3)),
    "enumerate": enumerate([]),
    "zip": zip([], []),
    "map": map(abs, []),
    "filter": filter(None, []),
    "reversed": reversed([1, 2]),
    "callable_iterator": iter(int, 1),
}
for label, it in its.items():
    print(label, type(it).__name__, sys.getsizeof(it))
list_it = its["list_iterator"]
