# bytearray methods that build new sequences return bytearray (even split/partition pieces), never bytes.
ba = bytearray(b' Hello World ')
for name, args in [('upper', ()), ('lower', ()), ('strip', ()), ('replace', (b'o', b'0')), ('split', ()), ('partition', (b'o',)),
                   ('rpartition', (b'o',)), ('center', (20, b'*')), ('zfill', (16,)), ('title', ()), ('swapcase', ()),
                   ('capitalize', ()), ('expandtabs', ()), ('join', ([b'a', b'b'],)), ('removeprefix', (b' H',)),
                   ('removesuffix', (b'd ',)), ('translate', (None, b'l')), ('ljust', (15,)), ('rjust', (15,)),
                   ('lstrip', ()), ('rstrip', ()), ('rsplit', (b'o',)), ('splitlines', ()), ('hex', ()), ('decode', ())]:
    r = getattr(ba, name)(*args)
    print(name, type(r).__name__, r)
print(ba.count(b'o'), ba.find(b'W'), ba.rfind(b'o'), ba.index(b'l'), ba.rindex(b'l'), ba.startswith(b' '), ba.endswith(b' '),
      ba.isalnum(), ba.isalpha(), ba.isascii(), ba.isdigit(), ba.islower(), ba.isspace(), ba.istitle(), ba.isupper())
print(bytearray.maketrans(b'ab', b'cd')[97:99], bytearray.fromhex('61'), ba)
