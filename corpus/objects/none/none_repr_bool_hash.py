# None: repr/str 'None', falsy, and a fixed hash constant (0xFCA86420 since 3.12).
print(repr(None), str(None), bool(None), not None, hash(None), hex(hash(None)), hash(None) == 0xFCA86420, None.__hash__())
print(f'{None}', f'{None!r}', f'{None!s:>6}', '%s %r' % (None, None), format(None), format(None, ''), str.format('{}', None))
try:
    format(None, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, '>6')
except TypeError as e:
    print(type(e).__name__, e)
