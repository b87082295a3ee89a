# Multi-line attribute access: LOAD_ATTR / CALL get the line of the attribute name, not of the object.
class P:
    def m(self, v):
        return self
    def n(self):
        return "n"
p = P()
x = (p
     .m(1)
     .m(2)
     .n())
y = (p.
     n)
print(x, y())
