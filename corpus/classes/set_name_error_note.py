# An exception in __set_name__ propagates unchanged with a note naming the attribute (3.12+).
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("refusing " + name)

try:
    class Holder:
        ok = 1
        broken = Bad()
except ValueError as e:
    print(type(e).__name__, e)
    print(e.__notes__)

class NotCallable:
    __set_name__ = None

try:
    class Holder2:
        thing = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)
    print(getattr(e, "__notes__", None))
