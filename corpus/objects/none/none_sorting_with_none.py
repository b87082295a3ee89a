# Sorting lists containing None fails; keys that map None to a sentinel work.
data = [3, None, 1, None, 2]
try:
    sorted(data)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(data, key=lambda v: (v is None, v or 0)), sorted(data, key=lambda v: -1 if v is None else v))
try:
    max(None, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
