# find/rfind/index/rindex/count/startswith on bytes accept int needles; not-found and bad-needle errors.
b = b'abracadabra'
print(b.find(97), b.rfind(97), b.count(97), b.index(98), b.rindex(b'bra'), b.find(b'cad', 2, 8), b.count(b'', 3), b.find(0))
print(b.startswith(b'abr'), b.endswith((b'x', b'ra')), b.startswith(bytearray(b'a')), b.find(memoryview(b'dab')))
for call in (lambda: b.index(b'z'), lambda: b.rindex(122), lambda: b.find(256), lambda: b.count('a'), lambda: b.startswith(97),
             lambda: b.find(-1), lambda: b.index(1.0)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
