# str.encode with several codecs and error handlers, and the exact UnicodeEncodeError / LookupError messages.
s = 'añ€😀'
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'UTF8', 'utf_8'):
    print(enc, s.encode(enc))
for errors in ('ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace'):
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors))
for enc, text in (('ascii', 'abcé'), ('latin-1', 'x€'), ('utf-8', 'a\ud800b'), ('ascii', '\U0001f600')):
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, '|', e.encoding, e.start, e.end, repr(e.reason))
print('a\ud800'.encode('utf-8', 'surrogatepass'), 'a\udcff'.encode('utf-8', 'surrogateescape'), ''.encode(), 'abc'.encode())
for call in (lambda: 'a'.encode('no-such-codec'), lambda: 'a'.encode('utf-8', 'bogus-handler'), lambda: 'é'.encode('ascii', 'bogus-handler'),
             lambda: 'a'.encode(1)):
    try:
        print(call())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
