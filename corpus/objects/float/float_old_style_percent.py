# %-formatting of floats: %f %e %g %r %s %d with flags, widths, precisions and star arguments.
vals = [0.0, -0.0, 1.5, -2.5, 0.1, 123456.789, 1e-7, 1e22, float('inf'), float('nan'), 2.5e-5]
for v in vals:
    print('%f|%.2f|%10.3f|%-10.1f|%+f|% f|%010.2f|%e|%.3E|%g|%G|%.10g|%#g|%#.0f|%r|%s|%d|%i|%a' %
          (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v if v == v and abs(v) != float('inf') else 0,
           0 if v != v or abs(v) == float('inf') else v, v))
print('%*.*f|%-*d|%.*e' % (10, 3, 3.14159, 6, 42, 2, 12345.678))
for fmt, arg in [('%d', float('inf')), ('%d', float('nan')), ('%x', 1.5), ('%c', 65.0), ('%f', '1.5'), ('%.2f', None)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
