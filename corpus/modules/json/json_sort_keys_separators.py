# sort_keys and separators: compact output, default ', ' ': ' vs ',' ':' when indent is set.
import json

data = {"b": 1, "a": {"d": [1, 2], "c": 2}, "C": 3}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" , ", " = "), sort_keys=True))
print(json.dumps(data, indent=1, sort_keys=True))
print(repr(json.dumps([1, {"x": 2}], indent=2)))
print(repr(json.dumps([1, {"x": 2}], indent=2, separators=(", ", ": "))))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
