"""Helper: from-import circular pair, half X."""
print("_circ_x: start")
from _circ_y import Y


class X:
    pass
