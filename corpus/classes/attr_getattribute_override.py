# __getattribute__ intercepts every lookup; object.__getattribute__ reaches the normal behaviour.
class Logged:
    def __init__(self):
        self.a = 1
    def method(self):
        return "m"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name

x = Logged()
print(x.a)
print(x.secret)
print(x.method())
print(x.nothing)
print(len(x.__dict__))

class Blocker:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __len__(self):
        return 3

b = Blocker()
print(len(b))
try:
    b.anything
except AttributeError as e:
    print(type(e).__name__, e)
