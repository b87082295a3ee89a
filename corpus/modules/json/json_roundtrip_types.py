# Round-tripping through JSON loses tuple vs list, int keys and float-int distinctions in defined ways.
import json

original = {"t": (1, 2), 3: "int key", "f": 2.0, "big": 10 ** 20, "neg0": -0.0, "nested": [[{}]]}
text = json.dumps(original)
back = json.loads(text)
print(text)
print(back)
print(back == original, type(back["t"]).__name__, type(back["f"]).__name__, type(back["big"]).__name__)
print(json.loads("1e2"), json.loads("100"), json.loads("1.0"), json.loads("-0"), json.loads("-0.0"))
print(json.loads('"\\/"'), json.dumps("/"))
