# type used as a name, called as the builtin, assigned, and as an attribute next to a real type statement.
print(type(1).__name__)
class O: pass
o = O()
o.type = "attr"
type X = list
type = "rebound"
print(type, o.type, X.__value__)
print([type for type in "ab"])
del type
print(type(2.0).__name__)
