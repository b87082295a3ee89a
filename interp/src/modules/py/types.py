"""
Define names for built-in types that aren't directly accessible as a builtin.
"""

# pyref's `types` (Lib/types.py): the type aliases are found as CPython finds them, from objects
# of each kind. SimpleNamespace is written here in Python (Objects/namespaceobject.c in CPython);
# the aliases for kinds pyref does not have yet are left out.

import sys


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1
GeneratorType = type(_g())


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

ModuleType = type(sys)

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield
AsyncGeneratorType = type(_ag())

del sys, _f, _g, _C, _c, _ag

_repr_running = []


class SimpleNamespace:
    __module__ = 'types'

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('SimpleNamespace expected at most 1 argument, got ' + str(len(args)))
        if args:
            d = dict(args[0])
            for k in d:
                if not isinstance(k, str):
                    raise TypeError('keywords must be strings')
                setattr(self, k, d[k])
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.append(key)
        try:
            d = vars(self)
            parts = [k + '=' + repr(d[k]) for k in d]
        finally:
            _repr_running.remove(key)
        return name + '(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if not isinstance(self, SimpleNamespace) or not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __getattr__(self, name):
        raise AttributeError("'types.SimpleNamespace' object has no attribute '" + name + "'")
