"""Helper submodule part_one."""
print("_pkg_eager.part_one: body running")
ONE = 1
