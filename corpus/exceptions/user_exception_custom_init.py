# Custom exceptions with their own __init__: args comes from the constructor call unless super() changes it.
class NoSuper(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail

class WithSuper(Exception):
    def __init__(self, code, detail):
        super().__init__(f"[{code}] {detail}")
        self.code = code

class Defaulted(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

for e in (NoSuper(404, "missing"), WithSuper(500, "boom"), Defaulted(), Defaulted("given")):
    print(type(e).__name__, repr(str(e)), e.args, repr(e))
try:
    raise NoSuper(1, "x")
except NoSuper as e:
    print(e.code, e.detail)
try:
    raise Defaulted
except Defaulted as e:
    print("raised class ->", e)
class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
        self.reason = reason
e = KwOnly(reason="kw")
print(e.args, e.reason)
