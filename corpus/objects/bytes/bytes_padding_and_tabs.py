# bytes center/ljust/rjust/zfill/expandtabs: fill must be a single byte; zfill keeps a leading sign.
for b in [b'', b'a', b'ab', b'-7', b'+x']:
    print(b.center(6), b.center(5, b'*'), b.ljust(4, b'.'), b.rjust(4, bytearray(b'#')), b.zfill(5))
print(b'a\tbc\td'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'a\nb\tc'.expandtabs(2), b'\xe9\t|'.expandtabs(4))
for call in (lambda: b'a'.center(5, b'ab'), lambda: b'a'.center(5, '*'), lambda: b'a'.ljust(5, 42)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
