# `import` in a class body creates a class attribute holding the module.
class Holder:
    import _mod_a
    from _mod_a import value

print(Holder._mod_a.__name__, Holder.value)
print(sorted(k for k in vars(Holder) if not k.startswith("__")))
print(Holder().value)
