# bytes methods mirror str methods but work on byte values; mixing bytes and str is a TypeError.
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.split(), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.startswith(b"  H"), b.strip().endswith((b"x", b"d")))
print(b"-".join([b"a", b"b"]), b"abc"[1], b"abc"[1:], b"a,b".partition(b","), b"ab".center(6, b"*"))
print(b"abc".isalpha(), b"123".isdigit(), b"\xe9".isalpha(), b"AbC".swapcase(), b"x y".title())
print(b"hello".translate(None, b"l"), bytes.maketrans(b"ab", b"xy")[97:99], b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(list(b"hi"), b"hi"[0] == ord("h"), b"%d" % 5, b"a" < b"b", b"" < b"\x00")
for bad in (lambda: b"a".split(","), lambda: b"a" in "a", lambda: "a" in b"a", lambda: b"abc".find("b"),
            lambda: b"-".join(["a"]), lambda: 300 in b"a"):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
