# A from-import cycle works when the name is bound before the cycle is entered.
import _circ_early_p
import _circ_early_q

print(_circ_early_p.Q_NAME)
print(_circ_early_q.P_NAME)
