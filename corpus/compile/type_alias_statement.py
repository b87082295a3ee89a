# type X = ... compiles to a lazily evaluated TypeAliasType (CALL_INTRINSIC_1 INTRINSIC_TYPEALIAS).
type Num = int | float
type Pair[T] = tuple[T, T]
type Rec = list[Rec]
print(Num, Num.__value__)
print(Pair, Pair.__type_params__, Pair.__value__)
print(Rec.__value__)
print(type(Num).__name__)
