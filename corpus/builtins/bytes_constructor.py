# bytes() from ints, iterables of ints, str with encoding, buffer objects; and its errors.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(4)), bytes("héllo", "utf-8"))
print(bytes("abc", encoding="ascii"), bytes("é", "latin-1"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("ab\xff", "ascii", "replace"), bytes("ab\xff", "ascii", "ignore"), bytes((x for x in [1, 2])))
print(bytes.fromhex("de ad BE EF"), b"\x00\xff".hex(), b"abc".hex("-"), bytes(memoryview(b"mv")))
b = b"hello"
print(b[0], b[-1], b[1:3], list(b[:2]), b * 2, b + b"!", b"l" in b, 108 in b)
tests = [
    lambda: bytes("abc"),
    lambda: bytes(5, "utf-8"),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(["a"]),
    lambda: bytes(-1),
    lambda: bytes(1.5),
    lambda: bytes("é", "ascii"),
    lambda: bytes.fromhex("zz"),
    lambda: b"a" + "b",
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
