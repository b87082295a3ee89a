# Argument errors for classes whose __new__/__init__ take no or fewer arguments.
class Empty:
    pass

class InitOnly:
    def __init__(self, a):
        self.a = a

class NewOnly:
    def __new__(cls):
        return super().__new__(cls)

class Both:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        pass

tests = [
    ("Empty(1)", lambda: Empty(1)),
    ("Empty(x=1)", lambda: Empty(x=1)),
    ("InitOnly()", lambda: InitOnly()),
    ("InitOnly(1, 2)", lambda: InitOnly(1, 2)),
    ("InitOnly(b=1)", lambda: InitOnly(b=1)),
    ("NewOnly(1)", lambda: NewOnly(1)),
    ("Both(1)", lambda: Both(1)),
    ("object(1)", lambda: object(1)),
]
for src, fn in tests:
    try:
        fn()
        print(src, "ok")
    except TypeError as e:
        print(src, "->", e)
