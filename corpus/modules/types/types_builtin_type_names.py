# types module aliases are the real runtime types of functions, methods, generators, code, frames, modules.
import sys
import types

def f():
    yield 1

class C:
    def m(self):
        pass

async def co():
    pass

checks = [
    ("FunctionType", f), ("LambdaType", lambda: 0), ("GeneratorType", f()), ("CodeType", f.__code__),
    ("MethodType", C().m), ("BuiltinFunctionType", len), ("BuiltinMethodType", [].append),
    ("ModuleType", types), ("FrameType", sys._getframe()), ("NoneType", None),
    ("EllipsisType", ...), ("NotImplementedType", NotImplemented), ("MappingProxyType", C.__dict__),
    ("MethodDescriptorType", str.join), ("WrapperDescriptorType", object.__init__),
    ("MethodWrapperType", object().__str__), ("GetSetDescriptorType", types.FunctionType.__dict__["__name__"]),
    ("MemberDescriptorType", types.FunctionType.__dict__["__module__"]),
    ("ClassMethodDescriptorType", dict.__dict__["fromkeys"]), ("UnionType", int | str),
    ("GenericAlias", list[int]),
]
for name, obj in checks:
    t = getattr(types, name)
    print(f"{name:<26} {t.__name__:<28} {type(obj) is t}")
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
c = co()
print(type(c) is types.CoroutineType)
c.close()
