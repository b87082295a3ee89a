# A generic method inside a class: the type-param scope reads class names through __classdict__.
class C:
    Alias = int
    def m[T](self, x: T) -> Alias:
        return x
    type A = Alias
print(C.m.__annotations__)
print(C.A.__value__)
print(C().m(3))
