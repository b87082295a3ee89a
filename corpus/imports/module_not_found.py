# `import missing` raises ModuleNotFoundError (an ImportError subclass) with the module's name.
try:
    import _definitely_not_here
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name, e.path)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from _definitely_not_here import thing
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import _also_missing as alias
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import json_typo_module
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e)
