# Metaclass attributes are visible on the class but not on its instances.
class Meta(type):
    meta_attr = "from meta"
    def meta_method(cls):
        return "meta_method of " + cls.__name__
    @property
    def computed(cls):
        return cls.__name__ * 2

class A(metaclass=Meta):
    class_attr = "from class"

print(A.meta_attr, A.meta_method(), A.computed)
a = A()
print(a.class_attr)
for name in ("meta_attr", "meta_method", "computed"):
    try:
        getattr(a, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print("meta_attr" in dir(A), "class_attr" in dir(A))

class B(A):
    meta_attr = "shadowed in B"
print(B.meta_attr, B.computed, type(B).meta_attr)
