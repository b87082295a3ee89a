# chr()/ord() round-trips across code point ranges and their error messages.
for cp in (0, 65, 127, 128, 233, 0x20AC, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF):
    c = chr(cp)
    print(cp, ascii(c), ord(c) == cp, len(c))
print(ord(b"A"), ord(bytearray(b"\xff")), ord("\n"))
tests = [
    lambda: chr(0x110000),
    lambda: chr(-1),
    lambda: chr(1.0),
    lambda: chr("a"),
    lambda: ord(""),
    lambda: ord("ab"),
    lambda: ord(b"ab"),
    lambda: ord(5),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
