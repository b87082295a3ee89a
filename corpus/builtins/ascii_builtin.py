# ascii() is repr() with non-ASCII characters escaped as \x, \u or \U.
for v in ["abc", "é", "€", "😀", "\x7f", "tab\t", "mixé'\"", b"\xe9", ["é", {"ü": "ß"}], 1.5]:
    print(ascii(v), repr(v) == ascii(v))
class R:
    def __repr__(self):
        return "R<ñ>"
print(ascii(R()), ascii([R()]))
print(ascii("\U0001f600"), ascii("\u00ff"), ascii("\u0100"))
print(f"{'é'!a}", "%a" % "é")
