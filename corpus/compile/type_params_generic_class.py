# class C[T]: .type_params, .generic_base via INTRINSIC_SUBSCRIPT_GENERIC, and __type_params__ set in the body.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
class Pair[A, B](Box[A]):
    pass
print(Box.__type_params__, Box(3).get())
print(Pair.__type_params__, [b.__name__ for b in Pair.__mro__])
print(Pair.__orig_bases__)
