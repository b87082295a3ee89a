"""Helper: from-import circular pair, half Y (fails: X is not defined yet)."""
print("_circ_y: start")
from _circ_x import X


class Y:
    pass
