# repr/str of bools are 'True'/'False', but any non-empty format spec formats them as the int 1/0.
for v in (True, False):
    print(repr(v), str(v), format(v), format(v, ''), format(v, 'd'), format(v, '>6'), format(v, '<6'),
          format(v, '^7'), format(v, 'x'), format(v, '.2f'), format(v, '+'), format(v, '08b'))
    print(f'{v}', f'{v!r}', f'{v!s:>7}', f'{v:5}', f'{v=}', '%s %r %d %i %f %x' % (v, v, v, v, v, v))
    print('{} {!r} {:d} {:>5}'.format(v, v, v, v), str.format('{0!s:^9}', v))
try:
    format(True, 's')
except ValueError as e:
    print(type(e).__name__, e)
