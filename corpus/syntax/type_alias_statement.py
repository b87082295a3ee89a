# The type statement creates a TypeAliasType whose value is evaluated lazily.
type Number = int | float
type Pair = tuple[Number, Number]
print(type(Number).__name__, Number.__name__, Number.__value__)
print(Pair.__value__, Pair.__type_params__)
type Later = NotYetDefined
NotYetDefined = "defined afterwards"
print(Later.__value__)
