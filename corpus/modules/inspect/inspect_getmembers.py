# inspect.getmembers returns sorted (name, value) pairs; with a predicate; getmembers_static; classify.
import inspect

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = "c"
    def child_method(self):
        pass
    @property
    def prop(self):
        return 5

names = [n for n, _ in inspect.getmembers(Child) if not n.startswith("__")]
print(names)
print([n for n, _ in inspect.getmembers(Child, inspect.isfunction)])
print([(n, v) for n, v in inspect.getmembers(Child()) if n in ("prop", "child_attr", "base_attr")])
print([n for n, v in inspect.getmembers_static(Child) if isinstance(v, property)])
for a in inspect.classify_class_attrs(Child):
    if not a.name.startswith("__"):
        print(a.name, a.kind, a.defining_class.__name__)
print(inspect.getmro(Child))
