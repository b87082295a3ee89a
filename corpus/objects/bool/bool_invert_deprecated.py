# ~True and ~False still return -2 and -1 but emit a DeprecationWarning (shown once per location on stderr).
t, f = True, False
a = ~t
b = ~f
print(a, b, type(a).__name__)
for v in (True, False, True):
    print(~v)
print(not t, not f, ~int(t))
