# Sizes of str constants compiled from this file: ASCII, latin-1, BMP and astral literals, and names.
import sys

ascii_lit = "hello"
latin_lit = "h\u00e9llo"
latin_lit_raw = "héllo"
bmp_lit = "h€llo"
astral_lit = "h😀llo"
empty_lit = ""
long_lit = "a long ascii literal used for its size only"
café = "non-ASCII identifier"
for name in ("ascii_lit", "latin_lit", "latin_lit_raw", "bmp_lit", "astral_lit", "empty_lit", "long_lit", "café"):
    value = globals()[name]
    print(ascii(name), len(value), sys.getsizeof(value))
identifier = [k for k in globals() if k.startswith("caf")][0]
print(ascii(identifier), sys.getsizeof(identifier))
print(latin_lit == latin_lit_raw, sys.getsizeof(latin_lit) == sys.getsizeof(latin_lit_raw))
