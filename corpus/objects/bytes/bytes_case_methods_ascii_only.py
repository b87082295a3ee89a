# bytes case methods (upper/lower/title/capitalize/swapcase) and predicates only know ASCII letters.
for b in [b'hello World', b'\xe9t\xe9', b'ABC def', b"they're", b'x1y2', b'\xc3\xa9a', b'', b'123']:
    print(b, b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase(),
          b.isalpha(), b.isalnum(), b.islower(), b.isupper(), b.istitle(), b.isdigit(), b.isspace(), b.isascii())
print(b' \t\n\r\x0b\x0c'.isspace(), b'\x1c'.isspace(), b'\x85'.isspace(), b'\xa0'.isspace(), b'\x7f'.isascii(), b'\x80'.isascii())
