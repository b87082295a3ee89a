# format(str, spec): fill/align/width/precision (truncation) are allowed; sign, '#', '=', ',' and numeric types are not.
for spec in ['', '10', '<10', '>10', '^10', '*^11', '.3', '10.3', '^9.2', '0<5', '08', '\u20ac>6', 's', '>5s', '.0']:
    print(repr(spec), repr(format('héllo', spec)), repr(format('', spec)))
for spec in ['+', ' ', '#', '=10', ',', '_', 'd', 'x', 'z', '010', '.3f']:
    try:
        print(repr(spec), repr(format('abc', spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f'{"abc":>{2+3}}|{"abc"!r:^9}|{"abc"=}|{"x" * 3:.{2}}')
