# __build_class__ is what the class statement calls; called directly, a plain function body adds nothing.
builtins = __builtins__  # the builtins module when run as a script

def body():
    x = 10
    def method(self):
        return self.x * 2

C = __build_class__(body, "C")
print(C, C.__qualname__, type(C).__name__)
print([k for k in C.__dict__ if not k.startswith("__")], sorted(C.__dict__))

calls = []
original = builtins.__build_class__
def tracing(func, name, *bases, **kw):
    calls.append((name, [b.__name__ for b in bases], kw))
    return original(func, name, *bases, **kw)
builtins.__build_class__ = tracing
class A:
    pass
class B(A, metaclass=type):
    pass
builtins.__build_class__ = original
print(calls)
try:
    __build_class__(body)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(5, "X")
except TypeError as e:
    print(type(e).__name__, e)
