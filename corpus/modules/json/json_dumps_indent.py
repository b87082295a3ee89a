# json.dumps indent: int, 0, string, negative, and how empty containers and nesting are laid out.
import json

data = {"name": "x", "list": [1, [], {}, [2, 3]], "obj": {"k": None}, "empty": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, 2], indent=-1))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps([1, 2], indent=None))
