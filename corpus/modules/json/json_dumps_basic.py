# json.dumps of every basic Python type and the JSON text it produces.
import json

values = [None, True, False, 0, -17, 2 ** 70, 1.5, "text", "", [], {}, [1, [2, [3]]], (1, 2),
          {"a": 1, "b": [True, None]}, "quote\" back\\ nl\n tab\t", "\x00\x1f\x7f"]
for v in values:
    print(repr(v), "->", json.dumps(v))
print(type(json.dumps(1)).__name__)
