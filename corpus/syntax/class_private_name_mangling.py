# Names of the form __x inside a class body are mangled to _Class__x (attributes, calls, and globals).
class Demo:
    __hidden = 1
    def get(self):
        return self.__hidden
    def set(self, v):
        self.__other = v
        return self.__dict__
d = Demo()
print(d.get(), d.set(2), "_Demo__hidden" in Demo.__dict__, hasattr(d, "__hidden"))
class _Under:
    __x = 3
print(_Under._Under__x)
