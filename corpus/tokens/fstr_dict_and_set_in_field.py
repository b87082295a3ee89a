# A field starting with '{' needs a space so it is not read as '{{'; dict/set displays inside fields.
d = {"a": 1}
print(f"{ {'a': 1}['a'] }")
print(f"{ {1, 2} }")
print(f"{d['a']}", f"{d["a"]}")
print(f"{ {k: v for k, v in d.items()} }")
