# Annotations in a class body are recorded in __annotations__; in a function body they are not evaluated.
class C:
    a: int = 1
    b: str
def f():
    local: undefined_name = 3
    return local
print(C.__annotations__, C.a, f())
