"""Helper: reads _circ_c.late_attr while _circ_c is still partially initialised."""
import _circ_c
copied = _circ_c.late_attr
