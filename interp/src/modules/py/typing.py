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
        return _collect_type_parameters(self.__args__)

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


def _is_unpacked_typevartuple(x):
    return isinstance(x, _UnpackAlias) and isinstance(x.__args__[0], TypeVarTuple)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _collect_type_parameters(args):
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if _is_unpacked_typevartuple(t):
            t = t.__args__[0]
        if hasattr(t, '__typing_subst__'):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic_specialization(cls, arguments):
    expected_len = len(cls.__parameters__)
    if not expected_len:
        raise TypeError(f"{cls} is not a generic class")
    actual_len = len(arguments)
    if actual_len != expected_len:
        if actual_len < expected_len:
            if cls.__parameters__[actual_len].has_default():
                return
            expected_len -= sum(p.has_default() for p in cls.__parameters__)
            expect_val = f"at least {expected_len}"
        else:
            expect_val = expected_len
        raise TypeError(f"Too {'many' if actual_len > expected_len else 'few'} arguments"
                        f" for {cls}; actual {actual_len}, expected {expect_val}")


def _next_init_subclass(cls, args, kwargs):
    # super(Generic, cls).__init_subclass__(*args, **kwargs), found by walking the MRO past
    # Generic (object's takes no arguments and does nothing).
    after = False
    for base in cls.__mro__:
        if base is Generic:
            after = True
        elif after and base is not object and '__init_subclass__' in base.__dict__:
            return base.__dict__['__init_subclass__'].__get__(None, cls)(*args, **kwargs)
    if args or kwargs:
        raise TypeError(f"{cls.__name__}.__init_subclass__() takes no keyword arguments")


class Generic:
    """Abstract base class for generic types.

    On Python 3.12 and newer, generic classes implicitly inherit from
    Generic when they declare a parameter list after the class's name::

        class Mapping[KT, VT]:
            def __getitem__(self, key: KT) -> VT:
                ...
            # Etc.

    On older versions of Python, however, generic classes have to
    explicitly inherit from Generic.

    After a class has been declared to be generic, it can then be used as
    follows::

        def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:
            try:
                return mapping[key]
            except KeyError:
                return default
    """
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(type(None) if p is None else p for p in params)
        if cls is Generic:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not _is_typevar_like(p):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    f"or parameter specification variables.")
            for i, p in enumerate(params):
                if p in params[:i]:
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            if not any(isinstance(p, TypeVarTuple) for p in cls.__parameters__):
                _check_generic_specialization(cls, params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        _next_init_subclass(cls, args, kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_type_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _generic_class_getitem(params):
    # INTRINSIC_SUBSCRIPT_GENERIC: a TypeVarTuple parameter is passed unpacked.
    return Generic[tuple(Unpack[p] if isinstance(p, TypeVarTuple) else p for p in params)]


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
