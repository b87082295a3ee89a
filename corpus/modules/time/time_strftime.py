# strftime and asctime on fixed UTC times; the range checks and tuple errors.
import time

t = time.gmtime(1_000_000_000)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %j %U %w %y %p %I %%", t))
print(time.strftime("%c|%x|%X|%D|%e|%G|%V|%u|%C|%h|%r|%R|%T", t))
print(repr(time.strftime("", t)), time.strftime("plain text", t))
print(time.asctime(t))
print(time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.strftime("%Y %m %d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0)))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0),
            (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 60, 0, 0, 1, 0),
            (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0),
            ("a", 1, 1, 0, 0, 0, 0, 1, 0), (2000.0, 1, 1, 0, 0, 0, 0, 1, 0), (1, 2), 5,
            [2000, 1, 1, 0, 0, 0, 0, 1, 0]]:
    for f in (time.strftime, time.asctime):
        try:
            print(f("%Y", bad) if f is time.strftime else f(bad))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    time.strftime(1)
except TypeError as e:
    print("TypeError", e)
print(type(time.strftime("%Y")), type(time.asctime()), type(time.ctime()), type(time.localtime()))
print(time.strftime("%Y", time.struct_time([2000, 1, 1, 0, 0, 0, 0, 1, 0])))
