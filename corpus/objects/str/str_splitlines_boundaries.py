# str.splitlines breaks on \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029, unlike split('\n'); keepends keeps them.
seps = ['\n', '\r', '\r\n', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029', '\n\r', '\t', '\x0e', '\u0085']
for sep in seps:
    s = 'a' + sep + 'b' + sep
    print(repr(sep), s.splitlines(), s.splitlines(True), s.split('\n'), len(s.splitlines()))
for s in ['', '\n', '\n\n', 'x', 'x\n', '\r\n\r\n', '\r\r\n', 'a\r\nb\rc\nd', 'no newline']:
    print(repr(s), s.splitlines(), s.splitlines(keepends=True))
print(b'a\x85b\x0bc\x1cd\re\r\nf'.splitlines(), 'a\x85b\x0bc\x1cd\re\r\nf'.splitlines())
try:
    'a'.splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
