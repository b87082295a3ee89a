"""Helper: working circular import, half B (imports the partially initialised A)."""
print("_circ_b: start")
import _circ_a
print("_circ_b: _circ_a has a_func yet?", hasattr(_circ_a, "a_func"))


def b_func():
    return "b_func sees " + _circ_a.A_CONST


print("_circ_b: end")
