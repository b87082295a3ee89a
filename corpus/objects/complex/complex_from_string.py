# complex(str) accepts 'a+bj' forms with optional parentheses and whitespace; everything else is a malformed string.
good = ['1', '1j', 'j', '-j', '+j', '1+j', '1-j', '1+2j', '1.5e3-2.5e-3J', '(1+2j)', ' ( 1+2j ) ', '  3j  ', 'inf+nanj',
        '-infj', 'nan', 'NaN-infJ', '1_0+2_0j', '0x10', '.5j', '5.j', '1e5j', '-0', '-0j', '-0-0j']
for s in good:
    try:
        print(repr(s), '->', complex(s))
    except ValueError as e:
        print(repr(s), '->', type(e).__name__, e)
bad = ['', '()', '(1+2j', '1+2j)', '1 + 2j', 'j1', '1+2', '1+2jj', '1++2j', '2j+1', 'i', '1+2i', '1_j', 'J1', '(j)(j)',
       '\x00', '1e', 'infinity+j']
for s in bad:
    try:
        print(repr(s), '->', complex(s))
    except ValueError as e:
        print(repr(s), '->', type(e).__name__, e)
