# gmtime and struct_time: fields by name and index, tuple behaviour, construction errors.
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], t[:3], tuple(t), t == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(type(t).__name__, type(t).__module__, isinstance(t, tuple), time.struct_time.n_fields,
      time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.gmtime(1e9))
print(time.gmtime(-1))
print(time.gmtime(1.99).tm_sec, time.gmtime(-0.5).tm_sec, time.gmtime(True).tm_sec)
print(time.gmtime(951782400))  # 2000-02-29
print(time.gmtime(4102444800)[:6])  # 2100-01-01
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 8))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9, "ZZ", 3600])
print(s, s.tm_zone, s.tm_gmtoff, len(s))
match time.gmtime(0):
    case time.struct_time(tm_year=y, tm_mon=m):
        print("matched", y, m)
for call in [lambda: time.struct_time((1, 2)), lambda: time.struct_time((1,) * 12),
             lambda: time.struct_time(5), lambda: time.gmtime("x"), lambda: time.gmtime(1, 2),
             lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e20)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    t.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)
