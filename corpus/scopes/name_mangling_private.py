# __name inside a class is mangled to _Class__name for attributes, globals, locals and parameters alike.
class Widget:
    __count = 0
    def __init__(self):
        self.__secret = "s"
        Widget.__count += 1
    def peek(self, __arg=1):
        __local = __arg
        return self.__secret, __local, self.peek.__code__.co_varnames
w = Widget()
print(w.peek(), sorted(k for k in vars(w)), Widget._Widget__count)
print(hasattr(w, "__secret"), w._Widget__secret)
class __Under:
    def m(self):
        self.__x = 1
        return list(vars(self))
print(__Under().m())
class T:
    def m(self):
        self.__dunder__ = 1
        return list(vars(self))
print(T().m())
