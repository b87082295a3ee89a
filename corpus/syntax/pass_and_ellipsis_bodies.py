# Blocks whose body is pass, ..., or a docstring only.
def f(): pass
def g(): ...
def h():
    "only a docstring"
class C: pass
class D: ...
if True: pass
print(f(), g(), h(), h.__doc__, C.__name__, D.__name__)
