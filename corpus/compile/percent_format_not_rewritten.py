# %-formatting that stays BINARY_OP %: %d, a non-tuple right side, a count mismatch, *args, '%(k)s', 3-digit width.
def f(a, b, t):
    r = []
    r.append("%d" % (a,))
    r.append("%s" % a)
    r.append("%s %s" % t)
    r.append("%s %s" % (*t,))
    r.append("%(k)s" % {"k": b})
    r.append("%100s" % (b,))
    r.append("%*s" % (3, b))
    r.append(b"%s" % (b"x",))
    return r
for item in f(7, "v", ("p", "q")):
    print(repr(item.strip()))
