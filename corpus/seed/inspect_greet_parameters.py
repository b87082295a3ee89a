# greet's Signature in detail: parameters, kinds, defaults, annotations, return annotation, bind.
import inspect

def greet(name: str, times: int = 1) -> str:
    return (f"Hello, {name}!" * times)

sig = inspect.signature(greet)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.default, p.annotation)
print(sig.return_annotation)
print(greet.__annotations__)
print(greet.__defaults__, greet.__kwdefaults__)
ba = sig.bind("Ada")
print(ba)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
