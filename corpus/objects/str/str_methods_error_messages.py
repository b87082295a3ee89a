# Argument-count and argument-type errors of str methods use the method's qualified name.
calls = [lambda: 'a'.upper(1), lambda: 'a'.count(), lambda: 'a'.center(), lambda: 'a'.split(',', 1, 2), lambda: str.upper(),
         lambda: str.upper(1), lambda: 'a'.join(), lambda: 'a'.zfill(1, 2), lambda: 'a'.find('a', sep=1),
         lambda: 'a'.encode(encoding=1), lambda: 'a'.splitlines('x'), lambda: 'a'.startswith(), lambda: 'a'.replace('a', 'b', count=None),
         lambda: 'a'.center(2**63), lambda: 'a'.ljust(-1.0), lambda: 'a'.isdigit(1), lambda: 'a'.format_map()]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
