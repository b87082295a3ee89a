# PEP 695 type parameters live in their own scope: visible in the function/class body, not outside it.
def first[T](xs: list[T]) -> T:
    return xs[0], T.__name__
print(first([4, 5]))
class Box[U]:
    def kind(self):
        return U.__name__
print(Box().kind())
try:
    T
except NameError as e:
    print("NameError:", e)
