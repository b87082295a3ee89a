"""Get useful information from live Python objects."""

# pyref's `inspect` (Lib/inspect.py), written for pyref: the predicates, docstrings, source
# lookup through `linecache`, frames and the stack, generator states, getmembers and
# classify_class_attrs, getfullargspec, and the Signature/Parameter/BoundArguments model with
# CPython's rendering and error messages. Signatures of built-ins come from their
# `__text_signature__`. `enum`, `collections` and `functools` are not used: the parameter kinds
# and the small records are built here.

import sys
import types
import keyword
import linecache

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


def _record(typename, field_names):
    """A small named tuple type (collections.namedtuple's behaviour for what inspect uses)."""
    fields = tuple(field_names.split())

    def __new__(cls, *args, **kwargs):
        values = list(args)
        for name in fields[len(args):]:
            values.append(kwargs.pop(name))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return typename + "(" + ", ".join(f"{n}={v!r}" for n, v in zip(fields, self)) + ")"

    def _asdict(self):
        return dict(zip(fields, self))

    ns = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_fields": fields,
          "__slots__": (), "__module__": "inspect"}
    for i, name in enumerate(fields):
        ns[name] = property(lambda self, i=i: self[i])
    return type(typename, (tuple,), ns)


# ---- predicates ----------------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def _type_named(object, name):
    return type(object).__name__ == name and type(object).__module__ == "builtins"


def isgenerator(object):
    return _type_named(object, "generator")


def iscoroutine(object):
    return _type_named(object, "coroutine")


def isasyncgen(object):
    return _type_named(object, "async_generator")


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), "__await__")


def istraceback(object):
    return _type_named(object, "traceback")


def isframe(object):
    return _type_named(object, "frame")


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return _type_named(object, "member_descriptor")


def isgetsetdescriptor(object):
    return _type_named(object, "getset_descriptor")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", False))


def ismethodwrapper(object):
    return _type_named(object, "method-wrapper")


# ---- members -------------------------------------------------------------------------------

def getmro(cls):
    return cls.__mro__


def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    return _getmembers(object, predicate, getattr)


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    if isinstance(obj, type):
        klasses = obj.__mro__
    else:
        try:
            d = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
        klasses = type(obj).__mro__
    for k in klasses:
        d = k.__dict__
        if attr in d:
            return d[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def getmembers_static(object, predicate=None):
    return _getmembers(object, predicate, getattr_static)


Attribute = _record("Attribute", "name kind defining_class object")


def classify_class_attrs(cls):
    mro = getmro(cls)
    result = []
    for name in dir(cls):
        homecls = None
        obj = None
        for base in mro:
            if name in base.__dict__:
                homecls = base
                obj = base.__dict__[name]
                break
        if homecls is None:
            try:
                obj = getattr(cls, name)
            except AttributeError:
                continue
            homecls = getattr(obj, "__objclass__", None)
        if isinstance(obj, staticmethod):
            kind = "static method"
        elif isinstance(obj, classmethod):
            kind = "class method"
        elif isinstance(obj, property):
            kind = "property"
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
    return result


# ---- docstrings ----------------------------------------------------------------------------

def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split(".")[:-1]:
        cls = getattr(cls, name, None)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), "__func__", None) is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + "." + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = getattr(obj, "__objclass__", None)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- source --------------------------------------------------------------------------------

def getfile(object):
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        if object.__module__ == "__main__":
            raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    return getfile(object)


def _source_lines(object):
    file = getfile(object)
    lines = linecache.getlines(file)
    if not lines:
        raise OSError("could not get source code")
    return lines


def _first_line(object):
    if isclass(object):
        try:
            return object.__firstlineno__ - 1
        except AttributeError:
            raise OSError("source code not available")
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_firstlineno - 1
    raise OSError("could not find code object")


def _indent_of(line):
    return len(line) - len(line.lstrip())


def _bracket_depth(line, depth):
    # Bracket nesting after `line`, ignoring strings and comments (good enough for headers).
    quote = None
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\":
                i += 1
            elif line.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif ch == "#":
            break
        elif ch in "\"'":
            quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else ch
            i += len(quote) - 1
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        i += 1
    return depth


def getblock(lines):
    """The lines of the block that starts at lines[0] (a def, class, decorator or one line)."""
    if not lines:
        return lines
    first = lines[0].lstrip()
    if not (first.startswith(("def ", "class ", "async def ", "@"))):
        # A lambda or other expression: its logical line.
        end = 0
        depth = _bracket_depth(lines[0], 0)
        while (depth > 0 or lines[end].rstrip().endswith("\\")) and end + 1 < len(lines):
            end += 1
            depth = _bracket_depth(lines[end], depth)
        return lines[:end + 1]
    indent = _indent_of(lines[0])
    i = 0
    # The header: decorators, then the def/class line up to its colon.
    depth = 0
    while i < len(lines):
        depth = _bracket_depth(lines[i], depth)
        stripped = lines[i].strip()
        i += 1
        if depth == 0 and not stripped.startswith("@") and stripped.rstrip().endswith(":"):
            break
        if depth == 0 and not stripped.startswith("@") and ":" in stripped:
            # A one-line body: `def f(): return 1`.
            return lines[:i]
    last = i
    while i < len(lines):
        line = lines[i]
        if line.strip() == "" or line.lstrip().startswith("#") and _indent_of(line) > indent:
            i += 1
            continue
        if _indent_of(line) <= indent:
            break
        i += 1
        last = i
    return lines[:last]


def findsource(object):
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    lnum = _first_line(object)
    if lnum >= len(lines):
        raise OSError("lineno is out of bounds")
    return lines, lnum


def getsourcelines(object):
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == "#!":
            start = 1
        while start < len(lines) and lines[start].strip() in ("", "#"):
            start += 1
        if start < len(lines) and lines[start][:1] == "#":
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == "#":
                comments.append(lines[end].expandtabs())
                end += 1
            return "".join(comments)
        return None
    if lnum > 0:
        indent = _indent_of(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == "#" and _indent_of(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == "#" and _indent_of(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == "#":
                comments[:1] = []
            while comments and comments[-1].strip() == "#":
                comments[-1:] = []
            return "".join(comments)
    return None


# ---- frames and the stack ------------------------------------------------------------------

Traceback = _record("Traceback", "filename lineno function code_context index")
FrameInfo = _record("FrameInfo", "frame filename lineno function code_context index")


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return framelist


def currentframe():
    return sys._getframe(1)


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exception().__traceback__, context)


# ---- generators and coroutines -------------------------------------------------------------

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


# ---- argument specs ------------------------------------------------------------------------

FullArgSpec = _record("FullArgSpec", "args varargs varkw defaults kwonlyargs kwonlydefaults annotations")


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False)
    except Exception:
        raise TypeError("unsupported callable") from None
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults, kwonlyargs, kwdefaults, annotations)


# ---- unwrap and annotations ----------------------------------------------------------------

def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError("wrapper loop when unwrapping {!r}".format(f))
        memo[id_func] = func
    return func


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if type(annotation).__name__ in ("GenericAlias", "UnionType"):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, "__module__", None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


# ---- Signature, Parameter, BoundArguments --------------------------------------------------

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKindType(type):
    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)


class _ParameterKind(int, metaclass=_ParameterKindType):
    _members = []

    def __new__(cls, value, name=None, description=None):
        if name is None:
            for member in cls._members:
                if member == value:
                    return member
            raise ValueError(f"{value!r} is not a valid _ParameterKind")
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name_

    def __repr__(self):
        return f"<_ParameterKind.{self._name_}: {int(self)}>"

    def __hash__(self):
        return int.__hash__(self)


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")
_ParameterKind._members = [_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
                           _KEYWORD_ONLY, _VAR_KEYWORD]
for _k in _ParameterKind._members:
    setattr(_ParameterKind, _k.name, _k)
del _k


class Parameter:
    """Represents a parameter in a function signature."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = "{} parameters cannot have default values"
                raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            msg = "name must be a str, not a {}".format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ("implicit arguments must be passed as positional or keyword arguments, "
                       "not {}")
                raise ValueError(msg.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        is_keyword = keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        return self._format()

    def _format(self, *, quote_annotation_strings=True):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            anno = formatannotation(self._annotation)
            if not quote_annotation_strings and isinstance(self._annotation, str):
                anno = self._annotation
            formatted = "{}: {}".format(formatted, anno)
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """Result of `Signature.bind` call."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if param_name not in self.arguments:
                break
            arg = self.arguments[param_name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for param_name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif param_name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            if param_name in self.arguments:
                arg = self.arguments[param_name]
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                val = param.default
            elif param.kind is _VAR_POSITIONAL:
                val = ()
            elif param.kind is _VAR_KEYWORD:
                val = {}
            else:
                continue
            new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append("{}={!r}".format(arg, value))
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """A Signature object represents the overall signature of a function."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = "wrong parameter order: {} parameter before {} parameter"
                    raise ValueError(msg.format(top_kind.description, kind.description))
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(name))
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params) if hasattr(types, "MappingProxyType") else params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapped, sigcls=cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return hash((params, frozenset(kwo_params.items()), self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation
                and list(self.parameters.items()) == list(other.parameters.items()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        pos_only_param_in_kwargs = []
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            if param.default is _empty:
                                msg = f"missing a required positional-only argument: {param.name!r}"
                                raise TypeError(msg)
                            pos_only_param_in_kwargs.append(param)
                            continue
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            if param.kind == _KEYWORD_ONLY:
                                argtype = " keyword-only"
                            else:
                                argtype = ""
                            msg = "missing a required{argtype} argument: {arg!r}"
                            msg = msg.format(arg=param.name, argtype=argtype)
                            raise TypeError(msg) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}".format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            if param_name in kwargs:
                arguments[param_name] = kwargs.pop(param_name)
            elif not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                raise TypeError("missing a required argument: {arg!r}".format(arg=param_name)) from None
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif pos_only_param_in_kwargs:
                raise TypeError(
                    "got some positional-only arguments passed as keyword arguments: {arg!r}".format(
                        arg=", ".join(param.name for param in pos_only_param_in_kwargs)))
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None, quote_annotation_strings=True):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = param._format(quote_annotation_strings=quote_annotation_strings)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if max_width is not None and len(rendered) > max_width:
            rendered = "(\n    {}\n)".format(",\n    ".join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += " -> {}".format(anno)
        return rendered


def _signature_from_function(cls, func, skip_bound_arg=True):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count
    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind))
        if posonly_left:
            posonly_left -= 1
    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind, default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1
    if code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_KEYWORD_ONLY, default=default))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=False)


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError("invalid argument type")
    return sig.replace(parameters=params)


def _signature_strip_non_python_syntax(signature):
    # `$self`/`$module` mark the bound first parameter of a text signature.
    self_parameter = None
    text = signature
    inner = text[1:-1] if text.startswith("(") and text.endswith(")") else text
    parts = _split_params(inner)
    if parts and parts[0].startswith("$"):
        self_parameter = 0
        parts[0] = parts[0][1:]
    return parts, self_parameter


def _split_params(inner):
    parts = []
    depth = 0
    quote = None
    cur = ""
    i = 0
    while i < len(inner):
        ch = inner[i]
        if quote:
            cur += ch
            if ch == "\\" and i + 1 < len(inner):
                cur += inner[i + 1]
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            cur += ch
        elif ch in "([{":
            depth += 1
            cur += ch
        elif ch in ")]}":
            depth -= 1
            cur += ch
        elif ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
        i += 1
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    parts, self_parameter = _signature_strip_non_python_syntax(s)
    parameters = []
    kind = _POSITIONAL_OR_KEYWORD
    seen_slash = "/" in parts
    if seen_slash:
        kind = _POSITIONAL_ONLY
    first = True
    for part in parts:
        if part == "/":
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if part == "*":
            kind = _KEYWORD_ONLY
            continue
        default = _empty
        if part.startswith("**"):
            name = part[2:]
            pkind = _VAR_KEYWORD
        elif part.startswith("*"):
            name = part[1:]
            pkind = _VAR_POSITIONAL
            kind = _KEYWORD_ONLY
        else:
            pkind = kind
            name = part
            if "=" in part:
                name, _, value = part.partition("=")
                name = name.strip()
                default = eval(value.strip(), {"sys": sys})
        if first and self_parameter is not None:
            first = False
            bound = getattr(obj, "__self__", None)
            if skip_bound_arg and bound is not None and not ismodule(bound):
                continue
            if ismodule(bound) or bound is None and not isinstance(obj, type(str.upper)):
                continue
        first = False
        parameters.append(cls._parameter_cls(name, pkind, default=default))
    return cls(parameters)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    s = getattr(func, "__text_signature__", None)
    if not s:
        raise ValueError("no signature found for builtin {!r}".format(func))
    return _signature_fromstr(cls, func, s, skip_bound_arg)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, sigcls=None):
    if sigcls is None:
        sigcls = Signature
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapper_chains=follow_wrapper_chains,
                                       skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapper_chains,
                                            skip_bound_arg=skip_bound_arg, sigcls=sigcls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg)
    if isbuiltin(obj) or ismethoddescriptor(obj) or type(obj).__name__ in (
            "method_descriptor", "wrapper_descriptor", "builtin_function_or_method"):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    if isinstance(obj, type):
        for name in ("__init__", "__new__"):
            for base in obj.__mro__:
                if name in base.__dict__:
                    meth = base.__dict__[name]
                    break
            else:
                continue
            if base is object:
                continue
            if isinstance(meth, staticmethod):
                meth = meth.__func__
            if isfunction(meth):
                sig = _signature_from_function(sigcls, meth)
                return _signature_bound_method(sig)
        if obj.__module__ == "builtins" or type.__dict__.get("__text_signature__") is None:
            if obj.__module__ == "builtins":
                raise ValueError("no signature found for builtin type {!r}".format(obj))
        return sigcls([])
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        sig = _signature_from_function(sigcls, call)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)
