# Non-string dict keys are coerced: int/float/bool/None keys become strings, and collisions both appear.
import json

print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({1: "a", "1": "b"}))
print(json.loads(json.dumps({1: "a"})))
print(json.dumps({float("inf"): 1, float("nan"): 2}))
try:
    json.dumps({1j: 1})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({2: "b", 1: "a", 10: "c"}, sort_keys=True))
