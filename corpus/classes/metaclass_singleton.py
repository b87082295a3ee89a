# A metaclass __call__ can cache instances so the class returns the same object every time.
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None
    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance

class Config(metaclass=Singleton):
    def __init__(self, name):
        print("init", name)
        self.name = name

class Other(metaclass=Singleton):
    pass

a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)
print(Other() is Other(), Other() is a)
