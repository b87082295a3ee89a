# Generic functions: def f[T](...) binds T in an annotation scope visible to annotations and body.
def first[T](items: list[T]) -> T:
    return items[0]
def pair[A, B](a: A, b: B) -> tuple[A, B]:
    return (a, b)
print(first([3, 4]), pair("x", 1))
print(first.__type_params__, [t.__name__ for t in pair.__type_params__])
print(first.__annotations__["return"] is first.__type_params__[0])
