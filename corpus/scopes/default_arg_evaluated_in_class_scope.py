# Default values and decorators of methods are evaluated in the class body, so they can read class names.
def tag(label):
    def deco(fn):
        fn.label = label
        return fn
    return deco
class C:
    size = 3
    prefix = "p-"
    @tag(prefix + "m")
    def m(self, n=size):
        return n
print(C().m(), C.m.label, C.m.__defaults__)
