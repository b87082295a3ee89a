# The allocated size of the lists str/bytes split, rsplit and splitlines return.
import sys

size = sys.getsizeof
for n in range(0, 41):
    s = " ".join("w%d" % i for i in range(n))
    b = s.encode()
    lines = "\n".join(s.split())
    print(n, size(s.split()), size(s.split(" ")), size(s.rsplit()), size(s.rsplit(" ")),
          size(s.split(maxsplit=5)), size(s.rsplit(" ", 3)), size(s.split("w1", 20)),
          size(s.split("w")), size(s.split(", ")), size(lines.splitlines()), size(lines.splitlines(True)))
    print(n, size(b.split()), size(b.split(b" ")), size(b.rsplit()), size(b.rsplit(b" ", 2)),
          size(b"\n".join(b.split()).splitlines()), size(bytearray(b).split()), size(bytearray(b).split(b"w")))
    wide = "\u00e9 ".join(["x"] * n)
    wider = "\u4e00\t".join(["y"] * n)
    print(n, size(wide.split()), size(wide.split("\u00e9")), size(wider.split()), size(wider.rsplit("\u4e00 ")),
          size(s.split("\u00e9")), size(s.split("\U0001f600")), size(wide.split("\u4e00")))

print(size("".split("abc")), size("ab".split("abc")), size("abc".split("abc")), size("a".split("a", 0)))
print(size("x\u00e9".split("\u00e9")), size("\u00e9".split("e")), size("\U0001f600 a".split()))
