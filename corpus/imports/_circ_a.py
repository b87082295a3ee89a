"""Helper: working circular import, half A (imports B at the top, uses it only at call time)."""
print("_circ_a: start")
import _circ_b


def a_func():
    return "a_func sees " + _circ_b.b_func()


A_CONST = "A"
print("_circ_a: end")
