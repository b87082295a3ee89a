# frozensets have no mutating methods; augmented operators rebind to new frozensets instead.
f = frozenset({1})
for name in ('add', 'remove', 'discard', 'pop', 'clear', 'update', 'difference_update'):
    print(name, hasattr(f, name))
try:
    f.add(2)
except AttributeError as e:
    print(type(e).__name__, e)
g = f
f |= {2}
print(f, g, f is g)
f -= {1}
print(f, type(f).__name__)
