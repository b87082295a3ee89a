"""Helper: import order, first level."""
print("_order_a: start")
import _order_b
print("_order_a: end")
