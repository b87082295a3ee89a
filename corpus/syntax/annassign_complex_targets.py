# Annotated assignments to attributes, subscripts, and a parenthesized name (simple=0): not recorded.
class O: pass
o = O()
d = {}
o.attr: int = 1
d["k"]: str = "v"
(n): float = 2.5
print(o.attr, d, n, __annotations__)
