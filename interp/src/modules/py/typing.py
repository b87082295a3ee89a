"""
The typing module: Support for gradual typing as defined by PEP 484 and subsequent PEPs.
"""

# pyref's `typing` (Lib/typing.py), as far as the runtime needs it. TypeVar, ParamSpec,
# TypeVarTuple, TypeAliasType and NoDefault are built in (objects/typevarobject.rs, as CPython's
# Objects/typevarobject.c) and found here from objects of each kind; Generic, its subscripted
# aliases, Unpack and ParamSpecArgs/ParamSpecKwargs are written here, with the functions the
# PEP 695 intrinsics call (`_generic_class_getitem`, `_unpack`, `_make_union`).

import types as _types

__all__ = ['Generic', 'NoDefault', 'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs',
           'TypeAliasType', 'TypeVar', 'TypeVarTuple', 'Unpack']


def _params[_T, *_Ts, **_P](): pass
TypeVar = type(_params.__type_params__[0])
TypeVarTuple = type(_params.__type_params__[1])
ParamSpec = type(_params.__type_params__[2])
type _Alias = None
TypeAliasType = type(_Alias)
NoDefault = _params.__type_params__[0].__default__
del _params, _Alias


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


class ParamSpecArgs:
    """The args for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs:
    """The kwargs for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class _GenericAlias:
    """A subscripted Generic subclass (`Box[int]`)."""

    def __init__(self, origin, args, *, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    @property
    def __parameters__(self):
        params = []
        for a in self.__args__:
            if hasattr(a, '__typing_subst__') and not isinstance(a, type) and a not in params:
                params.append(a)
        return tuple(params)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            seen = False
            for b in bases:
                if b is self:
                    seen = True
                elif seen and isinstance(b, _GenericAlias):
                    return ()
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnpackAlias(_GenericAlias):

    def __repr__(self):
        return f'typing.Unpack[{_type_repr(self.__args__[0])}]'


class _UnpackForm:

    def __getitem__(self, item):
        return _UnpackAlias(self, (item,))

    def __repr__(self):
        return 'typing.Unpack'


Unpack = _UnpackForm()


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic and not params:
            raise TypeError("Parameter list to Generic[...] cannot be empty")
        return _GenericAlias(cls, params)


def _generic_class_getitem(params):
    return Generic[params]


def _unpack(tvt):
    return Unpack[tvt]


def _make_union(left, right):
    return _UnionAlias((left, right))


class _UnionAlias(_GenericAlias):

    def __init__(self, args):
        flat = []
        for a in args:
            if a is None:
                a = type(None)
            for x in (a.__args__ if isinstance(a, _UnionAlias) else (a,)):
                if x not in flat:
                    flat.append(x)
        super().__init__(_UnionForm, tuple(flat))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __or__(self, other):
        return _UnionAlias((self, other))

    def __ror__(self, other):
        return _UnionAlias((other, self))


class _UnionForm:

    def __repr__(self):
        return 'typing.Union'


_UnionForm = _UnionForm()
