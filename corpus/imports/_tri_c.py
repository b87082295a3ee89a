"""Helper: three-module cycle, C (A is partially initialised here)."""
print("_tri_c: start")
import _tri_a
print("_tri_c: _tri_a attributes so far:", sorted(k for k in vars(_tri_a) if not k.startswith("__")))
NAME = "C"
print("_tri_c: end")
