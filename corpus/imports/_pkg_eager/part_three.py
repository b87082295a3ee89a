"""Helper submodule part_three, only imported through __all__ by a star-import."""
print("_pkg_eager.part_three: body running")
THREE = 3
