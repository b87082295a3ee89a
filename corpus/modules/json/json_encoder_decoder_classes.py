# JSONEncoder subclass with default(), iterencode chunks, and JSONDecoder.raw_decode.
import json

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {2, 1}}, cls=SetEncoder))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(list(json.JSONEncoder(indent=1).iterencode([1])))
try:
    SetEncoder().encode(object())
except TypeError as e:
    print("TypeError:", e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"x": 1} trailing'))
print(dec.raw_decode('[1, 2]'))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(dec.decode(' [1] '))
