# repr() of builtin values: string quoting and escapes, floats, nested and recursive containers.
values = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\\", "\x00\x7f\x80\xff",
          "é€😀", "\u200b\ud800", b"bytes\x00'\xff", bytearray(b"ba"), 1.0, 1e16, 1e-5, 0.1 + 0.2,
          -0.0, float("inf"), float("nan"), 2j, -1 - 0j, (1,), (), [None], {1: {2: ()}}, set(),
          frozenset(), {3, 1, 2}, range(2), slice(1, None), ..., NotImplemented, True, None]
for v in values:
    print(repr(v))
a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
print(repr(a), repr(d))
t = ([],)
t[0].append(t)
print(repr(t))
