# __getattr__ runs only after normal lookup fails, including when a property raises AttributeError.
class Lazy:
    cls_attr = "class"
    def __init__(self):
        self.real = "instance"
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "broken":
            return "recovered from property AttributeError"
        if name.startswith("gen_"):
            return name[4:].upper()
        raise AttributeError(f"no {name!r} here")

x = Lazy()
print(x.real, x.cls_attr)
print(x.gen_value)
print(x.broken)
try:
    x.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(x, "zzz"), getattr(x, "gen_q", None))
x.gen_value = "set"
print(x.gen_value)
