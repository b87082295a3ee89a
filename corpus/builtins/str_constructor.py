# str() of objects, and str(bytes, encoding, errors) decoding; common argument errors.
print(str(), str(1), str(1.5), str(None), str([1, "a"]), str(b"ab"), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"))
print(str(b"a\xffb", errors="ignore"), str(bytearray(b"xyz"), "ascii"), str(object=5))
print(repr(str("same")), type(str(True)).__name__)
tests = [
    lambda: str(5, "utf-8"),
    lambda: str("s", "utf-8"),
    lambda: str(b"\xff", "utf-8"),
    lambda: str(b"x", "nope"),
    lambda: str(b"x", encoding=5),
    lambda: str(1, 2, 3, 4),
]
for t in tests:
    try:
        t()
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
