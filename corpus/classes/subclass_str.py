# str subclasses: methods return plain str; overrides of __eq__/__hash__/__len__ are honoured.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"

u = Upper("hello")
print(u, repr(u), type(u).__name__, len(u))
print(type(u.shout()).__name__, type(u.lower()).__name__, type(u[0]).__name__)
print(type(str(u)).__name__, str(u) == u, u in {"HELLO"})

class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
    def __len__(self):
        return 99

c = Caseless("MiXeD")
print(c == "mixed", "mixed" == c, c != "other", len(c))
print({Caseless("a"): 1}.get("a"), "a" in {Caseless("A")})
print(f"{c}", "%s" % c, c + "tail", type(c + "tail").__name__)
print(c.upper(), "".join([c, c]))
