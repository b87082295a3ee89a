# Floats in JSON use repr; nan/inf become NaN/Infinity unless allow_nan=False; int-like floats keep .0.
import json

for f in (1.0, 0.1, -0.0, 1e16, 1e-7, 123456789.123456789, 2.5e-320, float("inf"), float("-inf"), float("nan")):
    print(repr(f), json.dumps(f))
for bad in (float("nan"), float("inf"), [1, float("-inf")]):
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
print(json.loads("[NaN, Infinity, -Infinity, 1E400, -0.0, 1.0e2, 10]"))

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

print(json.dumps([MyFloat(2.5)]))
print(json.dumps({1.5: "k", True: "t", None: "n"}))
