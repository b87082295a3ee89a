"""Helper: from-import cycle that works because P defines its name before importing Q."""
P_NAME = "defined before the cycle"
from _circ_early_q import Q_NAME
print("_circ_early_p: done, Q_NAME =", Q_NAME)
