"""Helper: import order, third level."""
print("_order_c: body")
