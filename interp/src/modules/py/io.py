"""The io module provides the Python interfaces to stream handling. The
builtin open function is defined in this module.
"""

# pyref's `io`, as far as programs use it: `StringIO` with CPython's newline handling
# (Modules/_io/stringio.c, the IncrementalNewlineDecoder of Modules/_io/textio.c), `BytesIO`
# (Modules/_io/bytesio.c; the bytes are kept as a list of ints), a `TextIOWrapper` over a
# binary buffer (Modules/_io/textio.c: encodes on write, decodes the whole buffer on first
# read), the SEEK_* constants and UnsupportedOperation. `getbuffer()` and open() are not built.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


# The newline kinds the decoder has seen (textio.c SEEN_LF, SEEN_CR, SEEN_CRLF).
_LF = 1
_CR = 2
_CRLF = 4
_SEEN = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))


class StringIO:
    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline is not None and newline != '' and newline != '\n' and newline != '\r' and newline != '\r\n':
            raise ValueError("illegal newline value: " + repr(newline))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        self._closed = False
        self._value = ''
        self._pos = 0
        self._readnl = newline
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._writenl = newline if newline == '\r' or newline == '\r\n' else None
        self._seennl = 0
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _decode(self, s):
        seen = self._seennl
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c == '\r':
                if i + 1 < n and s[i + 1] == '\n':
                    seen = seen | _CRLF
                    i += 1
                else:
                    seen = seen | _CR
            elif c == '\n':
                seen = seen | _LF
            i += 1
        self._seennl = seen
        if self._translate:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        return s

    def _write(self, s):
        n = len(s)
        if self._universal:
            s = self._decode(s)
        if self._writenl is not None:
            s = s.replace('\n', self._writenl)
        v = self._value
        pos = self._pos
        if pos > len(v):
            v = v + '\0' * (pos - len(v))
        self._value = v[:pos] + s + v[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        return self._write(s)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._value

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        v = self._value
        start = self._pos
        if start >= len(v):
            return ''
        end = len(v) if size < 0 else min(len(v), start + size)
        self._pos = end
        return v[start:end]

    def _line_end(self, v, start, limit):
        # The index just past the line ending after `start`, or `limit`.
        i = start
        nl = self._readnl
        while i < limit:
            c = v[i]
            if self._translate or nl == '\n':
                if c == '\n':
                    return i + 1
            elif self._universal:
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(v) and v[i + 1] == '\n' and i + 1 < limit:
                        return i + 2
                    return i + 1
            elif nl == '\r':
                if c == '\r':
                    return i + 1
            elif c == '\r' and i + 1 < limit and v[i + 1] == '\n':
                return i + 2
            i += 1
        return limit

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("'" + type(size).__name__ + "' object cannot be interpreted as an integer")
        v = self._value
        start = self._pos
        if start >= len(v):
            return ''
        limit = len(v) if size < 0 else min(len(v), start + size)
        end = self._line_end(v, start, limit)
        self._pos = end
        return v[start:end]

    def readlines(self, hint=-1):
        self._check()
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence != 0 and whence != 1 and whence != 2:
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position " + str(pos))
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._value)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        if size < len(self._value):
            self._value = self._value[:size]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        if not self._universal:
            return None
        return _SEEN[self._seennl]

    @property
    def line_buffering(self):
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _index(v, what="integer"):
    if isinstance(v, int):
        return v
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")


class BytesIO:
    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = bytearray(_bytes_like(initial_bytes)) if initial_bytes is not None else bytearray()
        self._pos = 0
        # The C object's buffer (Modules/_io/bytesio.c): a bytes object of `_alloc` bytes
        # that may be shared with its creator (an initial bytes value is kept, not copied;
        # the empty buffer is the immortal b''), and then is not counted by __sizeof__.
        self._alloc = len(self._buf)
        self._shared = type(initial_bytes) is bytes or not self._buf

    def _resize(self, size):
        # resize_buffer(): shrink to fit below half, grow by 1/8 for modest growth.
        alloc = self._alloc
        if size < alloc // 2:
            alloc = size + 1
        elif size < alloc:
            return
        elif size <= alloc + (alloc >> 3):
            alloc = size + (size >> 3) + (3 if size < 9 else 6)
        else:
            alloc = size + 1
        self._alloc = alloc
        self._shared = False

    def __sizeof__(self):
        if self._closed or self._shared:
            return 64
        return 64 + 33 + self._alloc

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_exports(self):
        # CHECK_EXPORTS: no change while a getbuffer() view is alive; resizing the
        # bytearray raises the same BufferError when it is exported.
        self._buf.append(0)
        self._buf.pop()

    def getbuffer(self):
        self._check()
        if self._shared:
            self._alloc = len(self._buf)
            self._shared = False
        return memoryview(self._buf)

    def getvalue(self):
        self._check()
        n = len(self._buf)
        if n > 1 and self._alloc != n:
            try:
                self._check_exports()
            except BufferError:
                pass
            else:
                self._alloc = n
                self._shared = False
        return bytes(self._buf)

    def _size(self, size):
        if size is None:
            return -1
        return _index(size)

    def read(self, size=-1):
        self._check()
        size = self._size(size)
        n = len(self._buf)
        if size < 0 or self._pos + size > n:
            end = n
        else:
            end = self._pos + size
        if self._pos >= n:
            return b''
        out = bytes(self._buf[self._pos:end])
        self._pos = end
        return out

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        self._check()
        data = self.read(len(buffer))
        buffer[0:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        size = self._size(size)
        n = len(self._buf)
        if self._pos >= n:
            return b''
        end = n
        i = self._pos
        while i < n:
            if self._buf[i] == 10:
                end = i + 1
                break
            i += 1
        if size >= 0 and self._pos + size < end:
            end = self._pos + size
        out = bytes(self._buf[self._pos:end])
        self._pos = end
        return out

    def readlines(self, hint=-1):
        self._check()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def write(self, b):
        self._check()
        self._check_exports()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        end = self._pos + n
        if end > self._alloc:
            self._resize(end)
        elif self._shared:
            self._alloc = max(end, len(self._buf))
            self._shared = False
        if self._pos > len(self._buf):
            self._buf.extend(bytes(self._pos - len(self._buf)))
        self._buf[self._pos:end] = data
        self._pos = end
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value " + str(pos))
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
        if size < 0:
            raise ValueError("negative size value " + str(size))
        self._check_exports()
        if size < len(self._buf):
            del self._buf[size:]
            self._resize(size)
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class TextIOWrapper:
    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: " + repr(newline))
        self.buffer = buffer
        self._encoding = encoding if encoding is not None else "utf-8"
        self._errors = errors if errors is not None else "strict"
        self._newline = newline
        self._pending = None
        self._detached = False
        self.line_buffering = line_buffering

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    def _check(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        n = len(s)
        if self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        self.buffer.write(s.encode(self._encoding, self._errors))
        return n

    def _text(self):
        if self._pending is None:
            raw = self.buffer.read()
            text = raw.decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._pending = StringIO(text, newline='' if self._newline is None else self._newline)
        return self._pending

    def read(self, size=-1):
        self._check()
        return self._text().read(size)

    def readline(self, size=-1):
        self._check()
        return self._text().readline(size)

    def readlines(self, hint=-1):
        self._check()
        return self._text().readlines(hint)

    def flush(self):
        self._check()
        self.buffer.flush()

    def detach(self):
        self._check()
        self._detached = True
        return self.buffer

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def close(self):
        if not self._detached:
            self.buffer.close()

    @property
    def closed(self):
        return self.buffer.closed

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
