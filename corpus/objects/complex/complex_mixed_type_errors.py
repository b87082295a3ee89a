# Operations between complex and unsupported types raise TypeError naming both types.
z = 1 + 1j
for name, f in [('+ str', lambda: z + 'a'), ('* list', lambda: z * [1]), ('& int', lambda: z & 1),
                ('<< int', lambda: z << 1), ('~', lambda: ~z), ('// int', lambda: z // 2), ('% float', lambda: z % 2.0),
                ('divmod', lambda: divmod(z, 1)), ('str * complex', lambda: 'a' * z), ('int(complex)', lambda: int(z)),
                ('float(complex)', lambda: float(z)), ('None +', lambda: None + z), ('bytes +', lambda: b'' + z)]:
    try:
        print(name, f())
    except TypeError as e:
        print(name, '->', type(e).__name__, e)
