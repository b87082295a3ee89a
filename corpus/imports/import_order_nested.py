# Nested imports run bodies depth-first; a module imported twice in a row runs once.
print("main: start")
import _order_a
print("main: after _order_a")
import _order_c
print("main: end")
