# `import` inside a function binds a local name; the module stays cached globally.
import sys

def use():
    import _mod_a
    from _mod_a import value as v
    return _mod_a.func(v), sorted(locals())

print(use())
print("_mod_a" in globals(), "_mod_a" in sys.modules)
print(use())
print(use.__code__.co_varnames)
