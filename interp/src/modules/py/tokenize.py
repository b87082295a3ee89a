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
# lines `readline` returns. `TokenInfo` is a tuple subclass with named fields (CPython's
# namedtuple base, written out here: there is no `collections`). `tokenize` over bytes and `detect_encoding` follow Lib/tokenize.py
# (the coding-cookie pattern is matched by hand: there is no `re`). Not built yet: `untokenize`.

from token import *
from token import EXACT_TOKEN_TYPES


class TokenError(Exception):
    __module__ = 'tokenize'


class TokenInfo(tuple):
    # The namedtuple('TokenInfo', 'type string start end line') base of CPython's TokenInfo.
    __module__ = 'tokenize'
    __slots__ = ()
    _fields = ('type', 'string', 'start', 'end', 'line')

    def __new__(cls, type, string, start, end, line):
        return tuple.__new__(cls, (type, string, start, end, line))

    type = property(lambda self: self[0], doc='Alias for field number 0')
    string = property(lambda self: self[1], doc='Alias for field number 1')
    start = property(lambda self: self[2], doc='Alias for field number 2')
    end = property(lambda self: self[3], doc='Alias for field number 3')
    line = property(lambda self: self[4], doc='Alias for field number 4')

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwds):
        values = dict(zip(self._fields, self))
        for k in kwds:
            if k not in values:
                raise ValueError('Got unexpected field names: ' + repr(list(kwds)))
            values[k] = kwds[k]
        return type(self)(*[values[f] for f in self._fields])

    def __getnewargs__(self):
        return tuple(self)


class TokenInfo(TokenInfo):
    __module__ = 'tokenize'

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
        # Python-tokenize.c `_tokenizer_error`: the line without its newline, and the offset
        # just past its end.
        text = lines[lineno - 1].rstrip('\r\n') if 0 < lineno <= len(lines) else ''
        raise _error_class(kind)(msg, ('<string>', lineno, len(text) + 1, text, None, None))


BOM_UTF8 = b'\xef\xbb\xbf'


def _get_normal_name(orig_enc):
    """Imitates get_normal_name in Parser/tokenizer/helpers.c."""
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
       enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def _cookie(line):
    # The match of r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)' (ASCII), or None.
    i = 0
    while i < len(line) and line[i] in ' \t\f':
        i += 1
    if i >= len(line) or line[i] != '#':
        return None
    at = line.find('coding', i + 1)
    while at >= 0:
        j = at + 6
        if j < len(line) and line[j] in ':=':
            j += 1
            while j < len(line) and line[j] in ' \t':
                j += 1
            k = j
            while k < len(line) and (line[k].isascii() and (line[k].isalnum() or line[k] in '-_.')):
                k += 1
            if k > j:
                return line[j:k]
        at = line.find('coding', at + 1)
    return None


def _blank(line):
    # r'^[ \t\f]*(?:[#\r\n]|$)' over bytes.
    i = 0
    while i < len(line) and line[i] in b' \t\f':
        i += 1
    return i == len(line) or line[i] in b'#\r\n'


def detect_encoding(readline):
    """
    The detect_encoding() function is used to detect the encoding that should
    be used to decode a Python source file.  It requires one argument, readline,
    in the same way as the tokenize() generator.

    It will call readline a maximum of twice, and return the encoding used
    (as a string) and a list of any lines (left as bytes) it has read in.
    """
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        found = _cookie(line_string)
        if not found:
            return None
        encoding = _get_normal_name(found)
        try:
            ''.encode(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not _blank(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def tokenize(readline):
    """
    The tokenize() generator requires one argument, readline, which
    must be a callable object which provides the same interface as the
    readline() method of built-in file objects.  Each call to the function
    should return one line of input as bytes.  Alternatively, readline
    can be a callable function terminating with StopIteration:
        readline = open(myfile, 'rb').__next__  # Example of alternate readline

    The generator produces 5-tuples with these members: the token type; the
    token string; a 2-tuple (srow, scol) of ints specifying the row and
    column where the token begins in the source; a 2-tuple (erow, ecol) of
    ints specifying the row and column where the token ends in the source;
    and the line on which the token was found.  The line passed is the
    physical line.

    The first token sequence will always be an ENCODING token
    which tells you which encoding was used to decode the bytes stream.
    """
    encoding, consumed = detect_encoding(readline)
    lines = list(consumed)
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        lines.append(line)
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    text = iter([line.decode(encoding) for line in lines])
    yield from generate_tokens(lambda: next(text, ''))
