# Q5: a second `import json` returns the cached module object from sys.modules.
import sys
import json
first = json
import json
import json as j2
print(first is json is j2 is sys.modules["json"])
print(json.__name__, type(json).__name__)
print(json.dumps({"b": 1, "a": [1, 2]}))
print(json.loads('{"x": null}'))
