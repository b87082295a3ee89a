# Soft keywords (match, case, type, _) as parameter names, keyword arguments and attributes.
def f(match, case, type, _):
    return match + case + type + _
print(f(match=1, case=2, type=3, _=4))
class O: pass
o = O()
o.match = o.case = o.type = o._ = "attr"
print(o.match, o.case, o.type, o._)
print(dict(match=1, type=2))
