# A validating descriptor that uses __set_name__ to store values in the instance __dict__.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("  deleting", self.public)
        delattr(obj, self.private)

class Product:
    name = Typed(str)
    price = Typed(float, 0.0)
    qty = Typed(int, 0)
    def __init__(self, name, price):
        self.name = name
        self.price = price

p = Product("pen", 1.5)
print(p.name, p.price, p.qty, vars(p))
p.qty = 10
try:
    p.qty = "many"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Product(42, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
del p.qty
print(p.qty, type(Product.name).__name__, Product.name.public, Product.price.private)
