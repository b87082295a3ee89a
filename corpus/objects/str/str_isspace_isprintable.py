# isspace covers Unicode whitespace (but not zero-width space); isprintable excludes controls, separators other than space, and format characters.
cands = [' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u1680', '\u2000', '\u2007',
         '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', 'a', '', '\xad', '\u00e9',
         '\U0001f600', '\U000e0020', '\ue000', '\U000f0000', '\u0378', '\u2062', '\U0001d173']
for c in cands:
    print(ascii(c), c.isspace(), c.isprintable())
print(''.isspace(), ''.isprintable(), ' \t'.isspace(), 'a b'.isprintable(), 'a\nb'.isprintable())
