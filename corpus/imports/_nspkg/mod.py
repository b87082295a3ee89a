"""Helper module inside a namespace package (the folder has no __init__.py)."""
print("_nspkg.mod: body running, __package__ =", __package__)
NS = "namespace member"
