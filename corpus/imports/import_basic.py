# `import m` runs the module body once, binds the name, and exposes module attributes.
import _mod_a

print(_mod_a.value, _mod_a.func(21), _mod_a._private)
print(type(_mod_a).__name__, _mod_a.__name__)
print(_mod_a.Thing.__module__, _mod_a.func.__module__)
print(_mod_a.__doc__)
print(repr(_mod_a).startswith("<module '_mod_a' from '"))
