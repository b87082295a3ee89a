# Conversions !s, !r, !a, alone and followed by a format spec.
s = "é'x"
print(f"{s!s}|{s!r}|{s!a}")
print(f"{s!r:>12}|{s!a:<14}|{s!s:^7}")
print(f"{3!r}", f"{None!s}")
