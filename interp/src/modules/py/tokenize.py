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
# (the coding-cookie pattern is matched by hand: there is no `re`), as does `untokenize`.

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


class Untokenizer:
    """Turns tokens back into source (Lib/tokenize.py's Untokenizer)."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.prev_type = None
        self.prev_line = ""
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        self.add_backslash_continuation(start)
        col_offset = col - self.prev_col
        if col_offset:
            self.tokens.append(" " * col_offset)

    def add_backslash_continuation(self, start):
        """Backslash continuations for rows passed without a newline token, each after the
        whitespace that ended the previous line."""
        row = start[0]
        row_offset = row - self.prev_row
        if row_offset == 0:
            return
        newline = '\r\n' if self.prev_line.endswith('\r\n') else '\n'
        line = self.prev_line.rstrip('\\\r\n')
        ws = ''
        for ch in reversed(line):
            if not ch.isspace():
                break
            ws += ch
        self.tokens.append(ws + ("\\" + newline) * row_offset)
        self.prev_col = 0

    def escape_brackets(self, token):
        characters = []
        consume_until_next_bracket = False
        for character in token:
            if character == "}":
                if consume_until_next_bracket:
                    consume_until_next_bracket = False
                else:
                    characters.append(character)
            if character == "{":
                n_backslashes = 0
                for char in characters[-2::-1]:
                    if char != "\\":
                        break
                    n_backslashes += 1
                if n_backslashes % 2 == 0 or characters[-1] != "N":
                    characters.append(character)
                else:
                    consume_until_next_bracket = True
            characters.append(character)
        return "".join(characters)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, token, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = token
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(token)
                continue
            elif tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            elif tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            elif tok_type == FSTRING_MIDDLE:
                if '{' in token or '}' in token:
                    token = self.escape_brackets(token)
                    last_line = token.splitlines()[-1]
                    end_line, end_col = end
                    extra_chars = last_line.count("{{") + last_line.count("}}")
                    end = (end_line, end_col + extra_chars)
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
            self.prev_type = tok_type
            self.prev_line = line
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        toks_append = self.tokens.append
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        in_fstring = 0

        def chained():
            yield token
            yield from iterable

        for tok in chained():
            toknum, tokval = tok[:2]
            if toknum == ENCODING:
                self.encoding = tokval
                continue
            if toknum in (NAME, NUMBER):
                tokval += ' '
            # A space between two consecutive strings.
            if toknum == STRING:
                if prevstring:
                    tokval = ' ' + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == FSTRING_START:
                in_fstring += 1
            elif toknum == FSTRING_END:
                in_fstring -= 1
            if toknum == INDENT:
                indents.append(tokval)
                continue
            elif toknum == DEDENT:
                indents.pop()
                continue
            elif toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                toks_append(indents[-1])
                startline = False
            elif toknum == FSTRING_MIDDLE:
                tokval = self.escape_brackets(tokval)
            # A space between two consecutive braces inside an f-string.
            if tokval in ("{", "}") and self.tokens and self.tokens[-1] == tokval and in_fstring:
                tokval = ' ' + tokval
            # A space between two consecutive f-strings.
            if toknum in (STRING, FSTRING_START) and self.prev_type in (STRING, FSTRING_END):
                self.tokens.append(" ")
            toks_append(tokval)
            self.prev_type = toknum


def untokenize(iterable):
    """Transform tokens back into Python source code.

    It returns a bytes object, encoded using the ENCODING token, which is the
    first token sequence output by tokenize.

    Each element returned by the iterable must be a token sequence with at
    least two elements, a token number and token value.  If only two tokens
    are passed, the resulting output is poor.
    """
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out
