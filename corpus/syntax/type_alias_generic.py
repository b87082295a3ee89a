# Generic type aliases: type parameters of every kind on a type statement.
type ListOf[T] = list[T]
type Mapping[K, V] = dict[K, V]
type Call[**P, R] = tuple[P, R]
type Tup[*Ts] = tuple[*Ts]
for alias in (ListOf, Mapping, Call, Tup):
    print(alias.__name__, [p.__name__ for p in alias.__type_params__], alias.__value__)
print(ListOf[int])
