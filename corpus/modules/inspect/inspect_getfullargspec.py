# inspect.getfullargspec's FullArgSpec fields for functions with every kind of parameter.
import inspect

def f(a, b=1, *args, c, d=2, **kw) -> int:
    pass

def g(x, /, y):
    pass

spec = inspect.getfullargspec(f)
print(spec)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(lambda: 0))
try:
    inspect.getfullargspec(42)
except TypeError as e:
    print("TypeError:", e)
