# inspect.signature follows __wrapped__ chains and __signature__; unwrap stops at a predicate.
import inspect

def original(x, y=1):
    return x + y

def wrapper(*args, **kwargs):
    return original(*args, **kwargs)

wrapper.__wrapped__ = original
print(inspect.signature(wrapper))
print(inspect.signature(wrapper, follow_wrapped=False))
print(inspect.unwrap(wrapper) is original)

def outer(*a):
    pass
outer.__wrapped__ = wrapper
print(inspect.unwrap(outer) is original)
print(inspect.unwrap(outer, stop=lambda f: f is wrapper) is wrapper)

def custom(*a):
    pass
custom.__signature__ = inspect.Signature([inspect.Parameter("q", inspect.Parameter.KEYWORD_ONLY)])
print(inspect.signature(custom))

class C:
    def __init__(self, p, *, q=0):
        pass
    def m(self, r):
        pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m))
