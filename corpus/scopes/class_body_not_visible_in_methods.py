# Names bound in a class body are not visible inside its methods; they resolve to globals instead.
attr = "global attr"
class C:
    attr = "class attr"
    def m(self):
        return attr
    def n(self):
        return self.attr, C.attr
print(C().m(), C().n())
class D:
    only_in_class = 1
    def m(self):
        return only_in_class
try:
    D().m()
except NameError as e:
    print("NameError:", e)
