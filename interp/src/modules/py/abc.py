# Copyright 2007 Google, Inc. All Rights Reserved.
# Licensed to PSF under a Contributor Agreement.

"""Abstract Base Classes (ABCs) according to PEP 3119."""

# pyref's `abc` (Lib/abc.py; ABCMeta's machinery is C in CPython, Modules/_abc.c): abstract
# methods are collected when the class is made and stored as `__abstractmethods__`, which
# makes `object.__new__` refuse the class; `register` adds virtual subclasses that
# `isinstance`/`issubclass` accept.


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


try:
    class abstractclassmethod(classmethod):
        """A decorator indicating abstract classmethods. Deprecated."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

    class abstractstaticmethod(staticmethod):
        """A decorator indicating abstract staticmethods. Deprecated."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)
except TypeError:
    # pyref cannot subclass classmethod/staticmethod yet: the decorators return the plain kinds.
    def abstractclassmethod(callable):
        """A decorator indicating abstract classmethods. Deprecated."""
        callable.__isabstractmethod__ = True
        return classmethod(callable)

    def abstractstaticmethod(callable):
        """A decorator indicating abstract staticmethods. Deprecated."""
        callable.__isabstractmethod__ = True
        return staticmethod(callable)

try:
    class abstractproperty(property):
        """A decorator indicating abstract properties. Deprecated."""

        __isabstractmethod__ = True
except TypeError:
    def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
        """A decorator indicating abstract properties. Deprecated."""
        if fget is not None:
            fget.__isabstractmethod__ = True
        return property(fget, fset, fdel, doc)


_abc_invalidation_counter = 0


def get_cache_token():
    """Returns the current ABC cache token."""
    return _abc_invalidation_counter


def _is_abstract(value):
    # property, classmethod and staticmethod are abstract when a function they hold is (their
    # `__isabstractmethod__` getters in CPython).
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, name, None)
                if _is_abstract(value):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        own = cls.__dict__
        cache = own.get('_abc_cache')
        if cache is None:
            return cls in subclass.__mro__
        if subclass in cache:
            return True
        if own['_abc_negative_cache_version'] < _abc_invalidation_counter:
            own['_abc_negative_cache'].clear()
            type.__setattr__(cls, '_abc_negative_cache_version', _abc_invalidation_counter)
        elif subclass in own['_abc_negative_cache']:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            (cache if ok else own['_abc_negative_cache']).add(subclass)
            return bool(ok)
        if cls in subclass.__mro__:
            cache.add(subclass)
            return True
        for rcls in own['_abc_registry']:
            if issubclass(subclass, rcls):
                cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cache.add(subclass)
                return True
        own['_abc_negative_cache'].add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        pass


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
