# A decorator can return anything: the name is bound to whatever it returns (here a value or a class instance).
def call_now(fn):
    return fn()
@call_now
def value():
    return 42
class Registry:
    def __init__(self):
        self.items = []
    def __call__(self, fn):
        self.items.append(fn.__name__)
        return self
reg = Registry()
@reg
def one():
    pass
@reg
def two():
    pass
print(value, type(one).__name__, one is two, reg.items)
