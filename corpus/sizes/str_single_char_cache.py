# One-character latin-1 strings are cached singletons with a UTF-8 copy; two characters are not.
import sys

ascii_a = "a"
e_acute = "\u00e9"
from_chr = chr(0xE9)
from_index = "caf\u00e9"[3]
nbsp = chr(0xA0)
y_umlaut = chr(0xFF)
two_latin = "\u00e9\u00e9"
euro = "\u20ac"
from_chr_euro = chr(0x20AC)
emoji = "\U0001f600"
for name in ("ascii_a", "e_acute", "from_chr", "from_index", "nbsp", "y_umlaut", "two_latin", "euro",
             "from_chr_euro", "emoji"):
    value = globals()[name]
    print(name, ascii(value), sys.getsizeof(value))
print(e_acute is from_chr is from_index)
