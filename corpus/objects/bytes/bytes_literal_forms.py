# bytes literal forms: b/B/rb/BR prefixes, octal/hex escapes, escaped backslashes, adjacent literal concatenation.
print(b'a', B'b', rb'\n', Rb'\x41', bR'\\', BR'x', b'\101\102\x43', b'\0\07\377', b'\\q', len(b'\\q'), b'ab' b'cd')
print(b'\
continued', b"""tri
ple""", br'\x00' == b'\\x00', len(br'\N{DASH}'), b'\a\b\f\v\t\n\r\'\"')
