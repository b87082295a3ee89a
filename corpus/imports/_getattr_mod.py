"""Helper with a module-level __getattr__ and __dir__ (PEP 562)."""
real = "real attribute"


def __getattr__(name):
    if name.startswith("dyn_"):
        return "dynamic " + name[4:]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["real", "dyn_example"]
