# __class_getitem__ is an implicit classmethod used by Cls[...]; builtin generics give GenericAlias.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int], Box[1, 2], Box["x"])
print(type(Box.__dict__["__class_getitem__"]).__name__)
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]))
print(type[int], type(alias).__name__)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__ " + str(item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[3])
