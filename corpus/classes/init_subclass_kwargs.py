# __init_subclass__ is an implicit classmethod receiving the class keyword arguments.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.__name__, "as", cls.plugin_name)

class Alpha(Plugin, name="a"):
    pass

class Beta(Plugin):
    pass

class Gamma(Alpha, name="g"):
    pass

print(sorted(Plugin.registry))
print(Gamma.plugin_name, Alpha.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

try:
    class Bad(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Plain(object, color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
