# bytes.decode with error handlers, and the precise UnicodeDecodeError messages for different malformed inputs.
cases = [(b'\xff', 'utf-8'), (b'\xc3', 'utf-8'), (b'\xc3\x28', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'),
         (b'\xf4\x90\x80\x80', 'utf-8'), (b'\xc0\x80', 'utf-8'), (b'ab\x80', 'ascii'), (b'\x00', 'utf-16'),
         (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8\x00\x00', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'abc', 'utf-32')]
for data, enc in cases:
    try:
        print(data, enc, repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(data, enc, type(e).__name__, e, '|', e.start, e.end, repr(e.reason))
bad = b'a\xffb\xc3'
for errors in ('ignore', 'replace', 'backslashreplace', 'surrogateescape'):
    print(errors, ascii(bad.decode('utf-8', errors)))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xef\xbb\xbfx'.decode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8') == '\ufeffx',
      b'caf\xe9'.decode('latin-1'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800', b''.decode())
