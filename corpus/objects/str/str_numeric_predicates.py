# isdecimal ⊂ isdigit ⊂ isnumeric: superscripts are digits, fractions and Roman numerals only numeric.
chars = ['0', '9', '\u0660', '\u0966', '\uff10', '\U0001d7ce', '\u00b2', '\u2460', '\u2070', '\u00bd', '\u2155', '\u2167',
         '\u3007', '\u4e00', '\u4e94', '\u5146', '\U0001f10c', '\u0f33', 'a', '-1', '1.5', '', '12', '\u00b9\u00b2']
for c in chars:
    print(repr(c), ascii(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha(), c.isascii())
print([int(c) for c in ('\u0660', '\u0966', '\uff10', '\U0001d7ce')])
for c in ('\u00b2', '\u00bd'):
    try:
        int(c)
    except ValueError as e:
        print(type(e).__name__, e)
