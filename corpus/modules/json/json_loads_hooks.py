# loads hooks: object_hook, object_pairs_hook (duplicate keys), parse_float, parse_int, parse_constant.
import json

doc = '{"a": 1, "b": {"c": 2.5}, "a": 3}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.1, 2, 3e2]", parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads("[NaN, Infinity]", parse_constant=lambda s: s.lower()))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")))
print(json.loads('\ufeff[1]'[1:]), json.loads(' \n [ 1 ,2 ] \t'))
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
