# __prepare__ supplies the namespace object that the class body writes into.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print("new got", type(ns).__name__, ns.log)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    b = 1
    a = 2
    b = 3
    def c(self):
        pass

print(type(A.__dict__).__name__, A.b)
