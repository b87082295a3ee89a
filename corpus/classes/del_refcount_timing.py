# Under reference counting __del__ runs as soon as the last reference disappears.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)

a = Noisy("a")
b = a
print("del a")
del a
print("del b")
del b
print("rebind")
c = Noisy("c1")
c = Noisy("c2")
print("list clear")
items = [Noisy("x"), Noisy("y")]
items.clear()
print("function scope")
def use():
    local = Noisy("local")
    print("in function")
use()
print("temporary")
Noisy("temp").name
print("end of program")
keep = Noisy("module-global")
del c, keep
print("finished")
