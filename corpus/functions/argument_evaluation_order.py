# Call arguments are evaluated left to right: the callee first, then positionals, *, keywords and ** in source order.
log = []
def t(tag, value=None):
    log.append(tag)
    return value if value is not None else tag
def f(*a, **k):
    return a, k
def get_f():
    log.append("callee")
    return f
r = get_f()(t("p1"), *t("star", ["s"]), t("p2"), k1=t("k1"), **t("dstar", {"d": 1}), k2=t("k2"))
print(r)
print(log)
