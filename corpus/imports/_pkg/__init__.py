"""Helper package _pkg."""
print("_pkg/__init__: body running")
pkg_value = "from __init__"
