# bytes (33 + len, immutable) vs bytearray (56 + allocation); conversions and encodings.
import sys

raw = b"abcdef"
mutable = bytearray(raw)
back = bytes(mutable)
utf8 = "h\u00e9llo".encode("utf-8")
utf16 = "h\u00e9llo".encode("utf-16")
latin = "h\u00e9llo".encode("latin-1")
hexed = bytes.fromhex("deadbeef")
empty_b = b""
empty_ba = bytearray()
for name in ("raw", "mutable", "back", "utf8", "utf16", "latin", "hexed", "empty_b", "empty_ba"):
    value = globals()[name]
    print(name, type(value).__name__, len(value), sys.getsizeof(value))
mutable.append(0)
print("after append", len(mutable), sys.getsizeof(mutable))
mutable.clear()
print("after clear", len(mutable), sys.getsizeof(mutable))
