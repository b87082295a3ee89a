# A str's storage width is set by its widest character; slicing or stripping can narrow it again.
import sys

mixed_latin = "abc\u00e9"
mixed_ucs2 = "abc\u00e9\u20ac"
mixed_ucs4 = "abc\U0001f600"
narrowed_ascii = mixed_latin[:3]
narrowed_latin = mixed_ucs2[:4]
narrowed_from_ucs4 = mixed_ucs4[:3]
stripped = ("\u20ac" + "abc").lstrip("\u20ac")
widened = "abc" + "\u20ac"
replaced = mixed_ucs2.replace("\u20ac", "E")
encoded_back = "abc\u00e9".encode("utf-8").decode("utf-8")
for name in ("mixed_latin", "mixed_ucs2", "mixed_ucs4", "narrowed_ascii", "narrowed_latin", "narrowed_from_ucs4",
             "stripped", "widened", "replaced", "encoded_back"):
    value = globals()[name]
    print(name, len(value), max(map(ord, value)), sys.getsizeof(value))
