# inspect.signature with every Parameter kind, in order, and how the Signature renders / and *.
import inspect

def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    pass

sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, int(p.kind), p.kind.description, p.default is p.empty)
print(inspect.signature(lambda *, k: k))
print(inspect.signature(lambda x, /: x))
print(inspect.signature(lambda x, /, *, y: x))
print(inspect.signature(lambda: None))
print(inspect.signature(lambda *a, **k: None))
print([k.name for k in type(inspect.Parameter.KEYWORD_ONLY)])
print(inspect.Parameter.KEYWORD_ONLY < inspect.Parameter.VAR_KEYWORD, str(inspect.Parameter.VAR_POSITIONAL))
