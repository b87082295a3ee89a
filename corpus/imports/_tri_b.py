"""Helper: three-module cycle, B."""
print("_tri_b: start")
import _tri_c
NAME = "B"
print("_tri_b: end")
