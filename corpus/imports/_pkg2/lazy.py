"""Helper submodule _pkg2.lazy, not imported by the package __init__."""
LAZY = True
