# bytearray(): construction like bytes, but mutable (item/slice assignment, append, extend, del).
ba = bytearray(b"hello")
print(ba, bytearray(2), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray())
ba[0] = 72
ba[1:3] = b"EY"
ba.append(33)
ba.extend([63, 63])
del ba[-1]
print(ba, len(ba), ba.decode(), bytes(ba))
ba[0:0] = b">>"
print(ba, ba.pop(), ba.find(b"EY"), ba.upper())
print(bytearray(b"ab") == b"ab", type(bytearray(b"a") + b"b").__name__, type(b"b" + bytearray(b"a")).__name__)
tests = [
    lambda: ba.__setitem__(0, 256),
    lambda: ba.__setitem__(0, b"x"),
    lambda: ba.append(-1),
    lambda: bytearray("no encoding"),
    lambda: hash(bytearray()),
    lambda: bytearray(b"x").pop(5),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(repr(bytearray(b"'\"\n")))
