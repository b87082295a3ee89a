# Iterating items() yields fresh 2-tuples; ** unpacking needs str keys for calls but not in displays.
d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v)
print({**d, 'c': 3}, {**d, **{'a': 0}}, {1: 'int', **{'s': 'str'}}, dict(**d))
def f(**kw):
    return kw
print(f(**d))
try:
    f(**{1: 'x'})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**d, a=5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(*d.items())))
