r"""JSON (JavaScript Object Notation) <https://json.org> is a subset of
JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data
interchange format.
"""

# pyref's `json` (Lib/json/__init__.py, encoder.py, decoder.py, scanner.py and
# Modules/_json.c), one module written for pyref: the encoder and the decoder follow CPython's
# output and error messages; `json.encoder`/`json.decoder` are not separate modules here.

__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = 1
        last_nl = -1
        i = 0
        while i < pos:
            if doc[i] == '\n':
                lineno += 1
                last_nl = i
            i += 1
        colno = pos - last_nl
        errmsg = msg + ': line ' + str(lineno) + ' column ' + str(colno) + ' (char ' + str(pos) + ')'
        # CPython calls ValueError.__init__(self, errmsg); pyref's exceptions keep the
        # constructor's arguments, so the formatted message is kept for __str__.
        self._errmsg = errmsg
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __str__(self):
        return self._errmsg


def _int_repr(o):
    # int.__repr__: the plain decimal form, also for int subclasses.
    return repr(o) if type(o) is int else repr(int(o))


_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
_HEX = '0123456789abcdef'


def _u(n):
    return '\\u' + _HEX[(n >> 12) & 15] + _HEX[(n >> 8) & 15] + _HEX[(n >> 4) & 15] + _HEX[n & 15]


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20:
            out.append(_u(n))
        elif ensure_ascii and n > 0x7e:
            if n > 0xffff:
                n -= 0x10000
                out.append(_u(0xd800 | ((n >> 10) & 0x3ff)))
                out.append(_u(0xdc00 | (n & 0x3ff)))
            else:
                out.append(_u(n))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type ' + type(o).__name__ + ' is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        chunks = []
        self._iterencode(o, 0, chunks, [])
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._iterencode(o, 0, chunks, [])
        return iter(chunks)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return repr(float(o)) if type(o) is not float else repr(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def _newline(self, level):
        indent = self.indent
        if not isinstance(indent, str):
            indent = ' ' * indent
        return '\n' + indent * level

    def _enter(self, o, markers):
        if self.check_circular:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers.append(key)

    def _leave(self, markers):
        if self.check_circular:
            markers.pop()

    def _scalar(self, v):
        if isinstance(v, str):
            return _encode_str(v, self.ensure_ascii)
        if v is None:
            return 'null'
        if v is True:
            return 'true'
        if v is False:
            return 'false'
        if isinstance(v, int):
            return _int_repr(v)
        if isinstance(v, float):
            return self._float(v)
        return None

    def _iterencode(self, o, level, out, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(_int_repr(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            # The chunks of Lib/json/encoder.py's _iterencode_list: a scalar item is one chunk
            # with the separator (or '[') before it.
            self._enter(o, markers)
            if not o:
                out.append('[]')
            else:
                buf = '['
                inner = None
                separator = self.item_separator
                if self.indent is not None:
                    inner = self._newline(level + 1)
                    separator = self.item_separator + inner
                    buf += inner
                first = True
                for v in o:
                    if not first:
                        buf = separator
                    first = False
                    text = self._scalar(v)
                    if text is not None:
                        out.append(buf + text)
                    else:
                        out.append(buf)
                        self._iterencode(v, level + 1, out, markers)
                if inner is not None:
                    out.append(self._newline(level))
                out.append(']')
            self._leave(markers)
        elif isinstance(o, dict):
            self._enter(o, markers)
            if not o:
                out.append('{}')
            else:
                items = list(o.items())
                if self.sort_keys:
                    items = sorted(items)
                out.append('{')
                separator = self.item_separator
                inner = None
                if self.indent is not None:
                    inner = self._newline(level + 1)
                    separator = self.item_separator + inner
                    out.append(inner)
                first = True
                for k, v in items:
                    if isinstance(k, str):
                        pass
                    elif isinstance(k, float):
                        k = self._float(k)
                    elif k is True:
                        k = 'true'
                    elif k is False:
                        k = 'false'
                    elif k is None:
                        k = 'null'
                    elif isinstance(k, int):
                        k = _int_repr(k)
                    elif self.skipkeys:
                        continue
                    else:
                        raise TypeError('keys must be str, int, float, bool or None, not ' + type(k).__name__)
                    if not first:
                        out.append(separator)
                    first = False
                    out.append(_encode_str(k, self.ensure_ascii))
                    out.append(self.key_separator)
                    self._iterencode(v, level + 1, out, markers)
                if inner is not None:
                    out.append(self._newline(level))
                out.append('}')
            self._leave(markers)
        else:
            self._enter(o, markers)
            o = self.default(o)
            self._iterencode(o, level, out, markers)
            self._leave(markers)


class _NoValue(Exception):
    # No JSON value starts at args[0] (the scanner's StopIteration(idx) in CPython).
    pass


_WS = ' \t\n\r'
_DIGITS = '0123456789'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecoder:
    """Simple JSON <https://json.org> decoder"""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.args[0]) from None

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in _DIGITS:
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise _NoValue(i)
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            is_float = True
            j += 1
            while j < n and s[j] in _DIGITS:
                j += 1
        if j < n and (s[j] == 'e' or s[j] == 'E'):
            k = j + 1
            if k < n and (s[k] == '-' or s[k] == '+'):
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                is_float = True
                j = k
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(text), j

    def _string(self, s, i):
        begin = i - 1
        n = len(s)
        chunks = []
        while True:
            start = i
            while i < n and s[i] != '"' and s[i] != '\\' and (not self.strict or ord(s[i]) >= 0x20):
                i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[start:i])
            c = s[i]
            if c == '"':
                return ''.join(chunks), i + 1
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            e = s[i]
            if e != 'u':
                ch = _BACKSLASH.get(e)
                if ch is None:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                chunks.append(ch)
                i += 1
                continue
            u = self._hex4(s, i + 1)
            i += 5
            if 0xd800 <= u <= 0xdbff and s[i:i + 2] == '\\u':
                u2 = self._hex4(s, i + 2)
                if 0xdc00 <= u2 <= 0xdfff:
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                    i += 6
            chunks.append(chr(u))

    def _hex4(self, s, i):
        text = s[i:i + 4]
        if len(text) == 4:
            v = 0
            for c in text:
                d = _HEX.find(c.lower()) if c.lower() in _HEX else -1
                if d < 0:
                    break
                v = v * 16 + d
            else:
                return v
        raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.args[0]) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = self._skip(s, i + 1)
            if i < len(s) and s[i] == '}':
                raise JSONDecodeError("Illegal trailing comma before end of object", s, comma)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = {}
        for k, v in pairs:
            d[k] = v
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.args[0]) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = self._skip(s, i + 1)
            if i < len(s) and s[i] == ']':
                raise JSONDecodeError("Illegal trailing comma before end of array", s, comma)


_CONSTANTS = {'-Infinity': -_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}


def _constant(name):
    return _CONSTANTS[name]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp``."""
    fp.write(dumps(obj, **kw))


def detect_encoding(b):
    """The encoding of JSON bytes: from a BOM, else from where the first two
    characters' zero bytes fall (RFC 4627), else UTF-8."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str`` instance containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not ' + type(s).__name__)
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing a JSON document)."""
    return loads(fp.read(), **kw)
