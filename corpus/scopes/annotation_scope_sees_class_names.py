# Annotation scopes (type aliases, generic methods) in a class can read class names, unlike lambdas or methods.
class C:
    Item = int
    type Alias = list[Item]
    def m[T](self, x: Item) -> T:
        return x
    lam = lambda self: Item
print(C.Alias.__value__, C.m.__annotations__)
try:
    C().lam()
except NameError as e:
    print("NameError:", e)
