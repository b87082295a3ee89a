# yield inside a type alias value (symtable error): "yield expression cannot be used within a type alias".
type A = (yield)
