# Tuples: the empty tuple is 40, each item adds 8; nesting and item size do not matter.
import sys

empty = ()
single = (1,)
pair = (1, 2)
nested = ((1, 2), (3, (4, 5)))
big_items = ("x" * 1000, 2 ** 1000)
from_list = tuple([])
concat_empty = () + ()
named = divmod(7, 2)
for name in ("empty", "single", "pair", "nested", "big_items", "from_list", "concat_empty", "named"):
    value = globals()[name]
    print(name, len(value), sys.getsizeof(value))
print(empty is from_list is concat_empty)
