# type statements inside a class body and a function body; the class-level alias can see class names.
class Container:
    Item = int
    type Alias = list[Item]
def f():
    type Local = dict[str, int]
    return Local
print(Container.Alias.__value__, f().__value__, f().__name__)
