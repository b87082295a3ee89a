"""Helper: three-module cycle A -> B -> C -> A."""
print("_tri_a: start")
import _tri_b
NAME = "A"
print("_tri_a: end")
