"""Helper submodule _pkg.sub."""
print("_pkg.sub: body running, __name__ =", __name__, "__package__ =", __package__)
SUB_CONST = "sub constant"


def where():
    return __name__
