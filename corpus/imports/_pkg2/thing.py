"""Helper submodule _pkg2.thing."""
print("_pkg2.thing: body running")
KIND = "submodule"
