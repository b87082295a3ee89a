# A nested class body cannot see the enclosing class's names, but can see enclosing function locals.
class Outer:
    x = "outer x"
    class Inner:
        try:
            y = x
        except NameError as e:
            y = "NameError: " + str(e)

print(Outer.Inner.y)

def make(value):
    class Local:
        captured = value
        def get(self):
            return value
    return Local

L = make(41)
print(L.captured, L().get())

def shadow():
    name = "function local"
    class C:
        name = "class attr"
        seen = name
        def method(self):
            return name
    return C

C = shadow()
print(C.seen, C().method())

x = "global x"
class G:
    x = "class x"
    def f(self):
        return x
print(G().f())
