# The Python half of pyref's `dis` (Lib/dis.py): `Instruction`, `Positions`, `Bytecode` and
# `get_instructions`, over the native `_instructions` (crate::dis::instructions).


class Positions:
    __module__ = 'dis'
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __init__(self, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.col_offset = col_offset
        self.end_col_offset = end_col_offset

    def __iter__(self):
        return iter((self.lineno, self.end_lineno, self.col_offset, self.end_col_offset))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return ('Positions(lineno=' + repr(self.lineno) + ', end_lineno=' + repr(self.end_lineno)
                + ', col_offset=' + repr(self.col_offset) + ', end_col_offset=' + repr(self.end_col_offset) + ')')


class Instruction:
    """Details for a bytecode operation."""
    __module__ = 'dis'
    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'start_offset',
               'starts_line', 'line_number', 'label', 'positions', 'cache_info')

    def __init__(self, opname, opcode, arg, argval, argrepr, offset, start_offset, starts_line,
                 line_number, label=None, positions=None, cache_info=None):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.start_offset = start_offset
        self.starts_line = starts_line
        self.line_number = line_number
        self.label = label
        self.positions = positions
        self.cache_info = cache_info

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

    def __len__(self):
        return 12

    def __getitem__(self, i):
        return tuple(self)[i]

    def _asdict(self):
        return dict(zip(self._fields, tuple(self)))

    def _replace(self, **kwds):
        values = dict(zip(self._fields, tuple(self)))
        for k in kwds:
            values[k] = kwds[k]
        new = Instruction(*[values[f] for f in self._fields])
        new._jump_target = self._jump_target
        new._caches = self._caches
        return new

    @property
    def is_jump_target(self):
        return self.label is not None

    @property
    def jump_target(self):
        return self._jump_target

    def __iter__(self):
        return iter((self.opname, self.opcode, self.arg, self.argval, self.argrepr, self.offset,
                     self.start_offset, self.starts_line, self.line_number, self.label,
                     self.positions, self.cache_info))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return ('Instruction(opname=' + repr(self.opname) + ', opcode=' + repr(self.opcode)
                + ', arg=' + repr(self.arg) + ', argval=' + repr(self.argval)
                + ', argrepr=' + repr(self.argrepr) + ', offset=' + repr(self.offset)
                + ', start_offset=' + repr(self.start_offset) + ', starts_line=' + repr(self.starts_line)
                + ', line_number=' + repr(self.line_number) + ', label=' + repr(self.label)
                + ', positions=' + repr(self.positions) + ', cache_info=' + repr(self.cache_info) + ')')


def _make(t):
    ins = Instruction(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9],
                      Positions(*t[10]), None)
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
    return iter([_make(t) for t in _instructions(x, first_line)])


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
        if self.current_offset is not None or self._line_offset:
            raise NotImplementedError('pyref: Bytecode.dis() with current_offset or first_line is not built yet')
        return _text(self.codeobj, self.show_caches, self.show_offsets)
