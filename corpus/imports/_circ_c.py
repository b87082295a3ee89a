"""Helper: circular import where the other half reads an attribute too early."""
import _circ_d
late_attr = "defined after the import"
