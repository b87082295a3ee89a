"""Helper: imports P_NAME from the partially initialised _circ_early_p."""
from _circ_early_p import P_NAME
Q_NAME = "q sees " + P_NAME
print("_circ_early_q: done")
