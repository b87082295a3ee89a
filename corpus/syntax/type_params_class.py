# Generic classes: class C[T] gets __type_params__ and implicitly inherits typing.Generic.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(5)
print(b.get(), Box.__type_params__, [c.__name__ for c in Box.__mro__])
print(Box[int].__origin__ is Box)
