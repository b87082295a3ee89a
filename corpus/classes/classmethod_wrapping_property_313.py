# In 3.13 classmethod no longer chains through other descriptors: classmethod(property) binds the property.
class Config:
    _name = "config"

    @classmethod
    @property
    def name(cls):
        return cls._name

bound = Config.name
print(type(bound).__name__, type(bound.__func__).__name__, bound.__self__ is Config)
try:
    bound()
except TypeError as e:
    print(type(e).__name__, e)
print(bound.__func__.fget(Config))

class Desc:
    def __get__(self, obj, owner):
        return "Desc.__get__ called"
    def __call__(self, cls):
        return "called with " + cls.__name__

class Holder:
    thing = classmethod(Desc())
print(Holder.thing())
