"""Helper module _mod_a: prints when its body runs."""
print("_mod_a: body running")
value = 42
_private = "hidden"


def func(x):
    return x * 2


class Thing:
    pass
