# str.__str__ / int.__repr__ / float.__repr__ called on subclass instances give the base
# type's own text, whatever the subclass's __repr__ says.
class S(str):
    pass


class R(str):
    def __repr__(self):
        return "R!"


class I(int):
    def __repr__(self):
        return "I!"


class Fl(float):
    pass


s = S("a")
print(str.__str__(s), type(str.__str__(s)).__name__)
print(s, f"{s}", format(s), "%s" % s, str(s), repr(s))
print(R("x"), str(R("y")), repr(R("z")), str.__str__(R("w")), str.__repr__(R("v")))
print(int.__repr__(True), int.__repr__(False), int.__repr__(I(5)), repr(I(5)), str(I(6)))
print(float.__repr__(Fl(1.5)), float.__str__(Fl(2.5)), Fl(0.25), f"{Fl(3.5)}")
print(bool.__repr__(True), int.__str__(False), f"{I(3)}", format(I(4), "d"))
for call in (lambda: str.__str__(5), lambda: int.__repr__("x")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
