# with: no target, a target, several items, tuple targets, and attribute/subscript targets.
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return (self.name, self.name.upper())
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
class O: pass
o = O()
d = {}
with CM("a"):
    pass
with CM("b") as v:
    print(v)
with CM("c") as (x, y), CM("d") as o.attr:
    print(x, y, o.attr)
with CM("e") as d["k"]:
    pass
print(d)
