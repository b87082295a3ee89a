# Float format specs combining fill, alignment, sign, zero-padding, width and thousands separators.
v = 1234567.891
for spec in [',', '_', ',.2f', '_.3f', '>20,.2f', '<20_.1f', '^20,.0f', '*^20,.2f', '=+20,.2f', '020,.2f', '020_.2f',
             '+020,.1e', ',g', ',.10g', ',%', '_.1%', '015', '-015.3f', ' 015,.2f', '#,.0f', ',.0e', '0=15,.2f',
             'x<15.1f', '0>15.1f', '15', '<15', '.2f']:
    print(f'{spec!r:12}', repr(format(v, spec)), repr(format(-v, spec)))
for spec in (',d', ',_', '_,', ',n', '=,'):
    try:
        print(format(v, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(float('inf'), '020,.2f'), format(float('-nan'), '=+10'), format(float('inf'), '*^12'))
