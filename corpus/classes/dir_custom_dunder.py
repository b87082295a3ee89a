# dir() on instances merges instance and class attributes, sorted; __dir__ overrides (result sorted).
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3

print([n for n in dir(Child()) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
print(dir(Custom()))

class Tuple:
    def __dir__(self):
        return ("b", "a")
print(dir(Tuple()))

class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print(type(e).__name__, e)
