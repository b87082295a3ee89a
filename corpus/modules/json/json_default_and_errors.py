# Unserializable objects: TypeError message, default= hook, circular references and skipkeys.
import json

for v in ({1, 2}, b"x", object, 1j):
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps([b"ab"], default=lambda o: o.decode()))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "k": 1}, skipkeys=True))
