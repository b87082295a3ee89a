# A function stored on an instance is not bound; one stored on the class becomes a method.
def show(*args):
    return len(args)
class C:
    pass
c = C()
c.f = show
C.g = show
print(c.f(), c.g(), C.g())
print(type(c.f).__name__, type(c.g).__name__)
