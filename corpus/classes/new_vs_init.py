# __init__ runs only if __new__ returns an instance of the class; __init__ must return None.
class A:
    def __new__(cls, *args):
        print("A.__new__", args)
        if args and args[0] == "other":
            return 42
        return super().__new__(cls)
    def __init__(self, *args):
        print("A.__init__", args)

print(type(A(1)).__name__)
print(A("other"))

class B(A):
    pass
b = B(2)
print(type(b).__name__)

class ReturnsSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("ReturnsSub.__init__ on", type(self).__name__)
class Sub(ReturnsSub):
    pass
ReturnsSub()

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
