# A truthy __exit__ return suppresses the exception; execution resumes after the with block.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  clean exit")
            return None
        handled = issubclass(exc_type, self.types)
        print("  exit saw", exc_type.__name__, "handled:", handled)
        self.caught = exc
        return handled

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after 1:", repr(s.caught))

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("after 2: propagated", e)

with Suppress(Exception):
    pass

class ReturnsOne:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        return 1
with ReturnsOne():
    raise RuntimeError("swallowed")
print("after 3")

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
