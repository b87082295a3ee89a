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

def _tb():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__
_tb = _tb()
TracebackType = type(_tb)
FrameType = type(_tb.tb_frame)
del _tb

MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
MappingProxyType = type(type.__dict__)

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




def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner
