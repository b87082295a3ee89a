# A nested class body cannot see the enclosing class's names; it falls back to globals.
name = "global"
class Outer:
    name = "outer class"
    class Inner:
        seen = name
    def m(self):
        class Local:
            seen = name
        return Local.seen
print(Outer.Inner.seen, Outer().m())
