# chr() and ord() across the code space, including surrogates, and their range/length errors.
for cp in (0, 65, 127, 128, 255, 256, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffe, 0xffff, 0x10000, 0x10ffff):
    c = chr(cp)
    print(cp, repr(c), ord(c), len(c), c.isprintable())
for call in (lambda: chr(0x110000), lambda: chr(-1), lambda: chr(2**63), lambda: chr(1.0), lambda: ord(''),
             lambda: ord('ab'), lambda: ord(1), lambda: ord(b'ab'), lambda: ord(b'\xff'), lambda: ord(bytearray(b'z'))):
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
