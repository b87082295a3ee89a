# str.split/rsplit/splitlines/partition/rpartition with separators, maxsplit and whitespace rules.
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2), "".split(), "".split(","))
print("one\ntwo\r\nthree\rfour\x0bfive\x1c".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("a\tb\u3000c\xa0d".split(), "1<>2<>3".split("<>"))
print("-".join(["a", "b"]), "".join("xyz"), ", ".join(str(n) for n in range(3)))
for bad in (lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".split(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
