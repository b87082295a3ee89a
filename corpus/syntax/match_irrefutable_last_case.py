# Only the last case may be irrefutable (capture or wildcard); a guard makes a capture refutable.
def m(v):
    match v:
        case x if isinstance(x, int) and x > 10:
            return "guarded capture, big"
        case int():
            return "int"
        case other:
            return "capture " + repr(other)
print(m(11), m(3), m("s"))
