"""
The typing module: Support for gradual typing as defined by PEP 484 and subsequent PEPs.
"""

# pyref's `typing` (Lib/typing.py and the PEP 695 objects of Objects/typevarobject.c), as far as
# the runtime needs it: TypeVar, ParamSpec, TypeVarTuple and TypeAliasType as the type-parameter
# syntax makes them (bounds, constraints, defaults and alias values are evaluated lazily, on
# first access), Generic with its subscripted aliases, and Unpack. The `_pep695_*` functions are
# what CALL_INTRINSIC_1/2 call (objects/typevarobject.rs).

import types as _types

__all__ = ['Generic', 'NoDefault', 'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs',
           'TypeAliasType', 'TypeVar', 'TypeVarTuple', 'Unpack']


class _NoDefaultType:
    """The type of the NoDefault singleton."""
    __slots__ = ()

    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()
_UNSET = object()


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


def _caller_module():
    return None


class _LazyDefault:
    """The `__default__` / `has_default()` half shared by the three type-parameter kinds."""

    @property
    def __default__(self):
        d = self._default
        if d is _UNSET:
            d = self._default = self._evaluate_default()
        return d

    def has_default(self):
        if self._evaluate_default is not None:
            return True
        return self._default is not NoDefault

    def __typing_subst__(self, arg):
        return arg


class TypeVar(_LazyDefault):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._bound = bound
        self._bound_fn = None
        self._constraints = tuple(constraints)
        self._constraints_fn = None
        self._default = default
        self._evaluate_default = None
        self.__module__ = _caller_module()

    @property
    def __bound__(self):
        if self._bound_fn is not None:
            self._bound = self._bound_fn()
            self._bound_fn = None
        return self._bound

    @property
    def __constraints__(self):
        if self._constraints_fn is not None:
            self._constraints = self._constraints_fn()
            self._constraints_fn = None
        return self._constraints

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __reduce__(self):
        return self.__name__


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


class ParamSpec(_LazyDefault):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._default = default
        self._evaluate_default = None
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


class TypeVarTuple(_LazyDefault):
    """Type variable tuple."""

    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self._default = default
        self._evaluate_default = None
        self.__module__ = _caller_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class TypeAliasType:
    """Type alias."""

    def __init__(self, name, value=_UNSET, *, type_params=()):
        self.__name__ = name
        self._value = value
        self._evaluate_value = None
        self.__type_params__ = type_params
        self.__module__ = _caller_module()

    @property
    def __value__(self):
        if self._value is _UNSET:
            self._value = self._evaluate_value()
        return self._value

    @property
    def __parameters__(self):
        return self.__type_params__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _types.GenericAlias(self, parameters)

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__


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


def _pep695_typevar(name, bound_fn=None, constraints_fn=None):
    tv = TypeVar(name, infer_variance=True)
    tv._bound_fn = bound_fn
    tv._constraints_fn = constraints_fn
    return tv


def _pep695_paramspec(name):
    return ParamSpec(name, infer_variance=True)


def _pep695_typevartuple(name):
    return TypeVarTuple(name)


def _pep695_set_default(param, evaluate_default):
    param._default = _UNSET
    param._evaluate_default = evaluate_default
    return param


def _pep695_alias(name, type_params, evaluate_value, module):
    alias = TypeAliasType(name, type_params=() if type_params is None else type_params)
    alias._evaluate_value = evaluate_value
    alias.__module__ = module
    return alias


def _pep695_generic(params):
    return Generic[params]
