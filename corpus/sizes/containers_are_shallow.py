# getsizeof is shallow: a container's size ignores how big its items are.
import sys

zero, one, two = 0, 1, 2
big_str, big_int, big_list = "x" * 10000, 2 ** 10000, list(range(1000))
small_items = [zero, one, two]
big_items = [big_str, big_int, big_list]
d_small = {"a": 0}
d_big = {"a": "y" * 10000}
t_small = (None,)
t_big = (big_items,)
print(sys.getsizeof(small_items) == sys.getsizeof(big_items), sys.getsizeof(small_items))
print(sys.getsizeof(d_small) == sys.getsizeof(d_big), sys.getsizeof(d_small))
print(sys.getsizeof(t_small) == sys.getsizeof(t_big), sys.getsizeof(t_small))
total = sys.getsizeof(big_items) + sum(sys.getsizeof(x) for x in big_items)
print("deep total of big_items:", total)
