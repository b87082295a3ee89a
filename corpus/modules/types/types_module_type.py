# types.ModuleType creates empty modules: name, doc, repr, dict contents and attribute errors.
import types

m = types.ModuleType("made_up")
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
m2 = types.ModuleType("with_doc", "Documented.")
print(m2.__doc__)
m.value = 42
print(m.value, sorted(k for k in vars(m) if not k.startswith("__")))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    types.ModuleType(5)
except TypeError as e:
    print("TypeError:", e)
m.__getattr__ = lambda name: f"dynamic {name}"
print(m.anything)
print(isinstance(types, types.ModuleType), type(m).__name__)
