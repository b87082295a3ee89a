"""Helper: import order, second level."""
print("_order_b: start")
import _order_c
import _order_c
print("_order_b: end")
