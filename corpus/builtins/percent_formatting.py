# printf-style % formatting for str and bytes: conversions, flags, width/precision, mapping keys, errors.
print("%s %r %a" % ("é", "é", "é"), "%d %i %u" % (3.9, -2, 7), "%5.1f|%-6d|%06.2f" % (2.345, 42, -1.5))
print("%x %X %#x %o %#o %e %E %g %G" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%c%c" % (72, "i"), "%%", "%(a)s-%(b)03d" % {"a": "k", "b": 5}, "%*d|%-*d|%.*f" % (4, 1, 3, 2, 1, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "% d" % 5, "%+d" % 5, "%+.2e" % -0.0)
print(b"%s %d %x %c" % (b"bytes", 3, 255, 65), b"%b" % b"x", b"%5s|" % b"ab")
tests = ['"%d" % "x"', '"%s %s" % (1,)', '"%s" % (1, 2)', '"%z" % 1', '"%(k)s" % {}', '"%c" % 1.5',
         '"%c" % 0x110000', 'b"%s" % "str"', '"%d" % None', '"%(a)s %s" % {"a": 1}']
for src in tests:
    try:
        print(eval(src))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{src:24} {type(e).__name__}: {e}")
