# Operators applied to classes use dunders defined on the metaclass (len, iter, bool, |).
class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._members = [k for k in ns if not k.startswith("_")]
    def __len__(cls):
        return len(cls._members)
    def __iter__(cls):
        return iter(cls._members)
    def __contains__(cls, item):
        return item in cls._members
    def __getitem__(cls, i):
        return cls._members[i]
    def __repr__(cls):
        return f"<Registry {cls.__name__}>"
    def __bool__(cls):
        return bool(cls._members)

class Colors(metaclass=Registry):
    red = 1
    green = 2
    blue = 3

class Empty(metaclass=Registry):
    pass

print(len(Colors), list(Colors), "green" in Colors, Colors[0])
print(repr(Colors), bool(Colors), bool(Empty), "yes" if Empty else "no")
print(Colors | None)
print([c for c in Colors if c != "red"])
