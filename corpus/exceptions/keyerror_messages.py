# KeyError str() shows the repr of the key; messages from dict, set, pop and popitem.
d = {"a": 1}
tests = [
    lambda: d["missing"],
    lambda: d[42],
    lambda: d[("t", 1)],
    lambda: d[""],
    lambda: d.pop("nope"),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: d[None],
]
for t in tests:
    try:
        t()
    except KeyError as e:
        print(f"str={str(e)!r:24} args={e.args!r}")
print(d.pop("nope", "default"), d.get("nope"))
e = KeyError("line\nbreak")
print(str(e))
