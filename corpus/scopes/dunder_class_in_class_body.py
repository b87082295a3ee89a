# __class__ is not a name in the class body itself; only functions defined inside see the cell.
try:
    class C:
        x = __class__
except NameError as e:
    print("NameError:", e)
class D:
    def get(self):
        return __class__
    got_in_body = "get" in dir()
print(D().get() is D, D.got_in_body)
