"""Tokenization help for Python programs.

tokenize(readline) is a generator that breaks a stream of bytes into
Python tokens.  It decodes the bytes according to PEP-0263 for
determining source file encoding.

It accepts a readline-like method which is called repeatedly to get the
next line of input (or b"" for EOF).  It generates 5-tuples with these
members:

    the token type (see token.py)
    the token (a string)
    the starting (row, column) indices of the token (a 2-tuple of ints)
    the ending (row, column) indices of the token (a 2-tuple of ints)
    the original line (string)

It is designed to match the working of the Python tokenizer exactly, except
that it produces COMMENT tokens for comments and gives type OP for all
operators.  Additionally, all token lists start with an ENCODING token
which tells you which encoding was used to decode the bytes stream.
"""

# pyref's `tokenize` (Lib/tokenize.py): `generate_tokens` runs pyref's tokenizer
# (`tokenize::view::generate_tokens`, the same C-tokenizer model `pyref tokens` prints) over the
# lines `readline` returns. `TokenInfo` is a plain class here (a namedtuple in CPython: tuple
# subclasses are not built yet). Not built yet: `tokenize` over bytes, `untokenize`,
# `detect_encoding`.

from token import *
from token import EXACT_TOKEN_TYPES


class TokenError(Exception):
    __module__ = 'tokenize'


class TokenInfo:
    # The namedtuple('TokenInfo', 'type string start end line') base of CPython's TokenInfo.
    __module__ = 'tokenize'
    _fields = ('type', 'string', 'start', 'end', 'line')


class TokenInfo(TokenInfo):
    __module__ = 'tokenize'

    def __init__(self, type, string, start, end, line):
        self.type = type
        self.string = string
        self.start = start
        self.end = end
        self.line = line

    def _astuple(self):
        return (self.type, self.string, self.start, self.end, self.line)

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 5

    def __getitem__(self, i):
        return self._astuple()[i]

    def __eq__(self, other):
        if hasattr(other, '_astuple'):
            other = other._astuple()
        return self._astuple() == other

    def _replace(self, **kwds):
        values = dict(zip(self._fields, self._astuple()))
        for k in kwds:
            values[k] = kwds[k]
        return TokenInfo(values['type'], values['string'], values['start'], values['end'], values['line'])

    def __repr__(self):
        annotated = str(self.type) + ' (' + tok_name[self.type] + ')'
        return ('TokenInfo(type=' + annotated + ', string=' + repr(self.string) + ', start=' + repr(self.start)
                + ', end=' + repr(self.end) + ', line=' + repr(self.line) + ')')

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


def generate_tokens(readline):
    """Tokenize a source reading Python code as unicode strings.

    This has the same API as tokenize(), except that it expects the *readline*
    callable to return str objects instead of bytes.
    """
    lines = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        lines.append(line)
    tokens, error = _tokens(''.join(lines))
    for t in tokens:
        yield TokenInfo(t[0], t[1], t[2], t[3], t[4])
    if error is not None:
        kind, msg, lineno, col = error
        if kind == 'SyntaxError':
            raise TokenError(msg, (lineno, col))
        raise _error_class(kind)(msg)
