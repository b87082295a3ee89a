# The Python half of pyref's `dis` (Lib/dis.py): `Instruction`, `Positions`, `Bytecode` and
# `get_instructions`, over the native `_instructions` (crate::dis::instructions).


def _named_tuple(typename, fields, module):
    """A tuple type with named fields (collections.namedtuple's behaviour for what dis uses)."""
    fields = tuple(fields)

    def __new__(cls, *args, **kwargs):
        values = list(args)
        for name in fields[len(args):]:
            values.append(kwargs.pop(name, None))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwds):
        values = dict(zip(fields, self))
        for k in kwds:
            values[k] = kwds[k]
        return type(self)(*[values[f] for f in fields])

    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
          '_fields': fields, '__slots__': (), '__module__': module,
          '__getnewargs__': lambda self: tuple(self)}
    for i, name in enumerate(fields):
        ns[name] = property(lambda self, i=i: self[i], doc=f'Alias for field number {i}')
    return type(typename, (tuple,), ns)


Positions = _named_tuple('Positions', ('lineno', 'end_lineno', 'col_offset', 'end_col_offset'), 'dis')

_Instruction = _named_tuple('_Instruction', ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
                                             'start_offset', 'starts_line', 'line_number', 'label',
                                             'positions', 'cache_info'), 'dis')


class Instruction(_Instruction):
    """Details for a bytecode operation."""
    __module__ = 'dis'

    @property
    def oparg(self):
        return self.arg

    @property
    def baseopcode(self):
        return self.opcode

    @property
    def baseopname(self):
        return self.opname

    @property
    def cache_offset(self):
        """Start index of the cache entries following the operation."""
        return self.offset + 2

    @property
    def end_offset(self):
        """End index of the cache entries following the operation."""
        return self.cache_offset + self._caches * 2

    def _replace(self, **kwds):
        new = _Instruction._replace(self, **kwds)
        new._jump_target = self._jump_target
        new._caches = self._caches
        return new

    @property
    def is_jump_target(self):
        return self.label is not None

    @property
    def jump_target(self):
        return self._jump_target

    def __repr__(self):
        return _Instruction.__repr__(self).replace('_Instruction(', 'Instruction(', 1)


def _make(t):
    ins = Instruction(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9],
                      Positions(*t[10]), t[13])
    ins._jump_target = t[11]
    ins._caches = t[12]
    return ins


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    # A generator, as CPython's (so `list()` of it grows by appending); the code object is
    # read and checked now.
    return _get_instructions_bytes(_instructions(x, first_line))


def _get_instructions_bytes(items):
    for t in items:
        yield _make(t)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """
    __module__ = 'dis'

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False, show_offsets=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.show_offsets = show_offsets

    def __iter__(self):
        return iter([_make(t) for t in _instructions(self.codeobj, self.first_line)])

    def __repr__(self):
        return 'Bytecode(' + repr(self._original_object) + ')'

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        return _text(self.codeobj, self.show_caches, self.show_offsets, self.current_offset, self._line_offset)


COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _code_for_info(x):
    if isinstance(x, str):
        return _try_compile(x, "<disassembly>")
    return _get_code_object(x)


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_code_for_info(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


def _bytecode_info(self):
    """Return formatted information about the code object."""
    return _format_code_info(self.codeobj)


Bytecode.info = _bytecode_info
del _bytecode_info


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    lineno will be an integer or None the offset does not have a source line.
    """
    lastline = _NOT_A_LINE
    for start, end, line in code.co_lines():
        if lastline is _NOT_A_LINE or line != lastline:
            lastline = line
            yield start, line


_NOT_A_LINE = object()


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        import sys
        try:
            if hasattr(sys, 'last_exc'):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive, show_offsets=show_offsets)
