# Builtin types (int, str, tuple, dict, ...) match their whole subject with one positional pattern.
def m(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case str(s) if s:
            return f"str {s}"
        case tuple((a, b)):
            return f"tuple {a} {b}"
        case dict({"k": val}):
            return f"dict {val}"
        case float(real=r):
            return f"float real {r}"
    return "other"
print(m(True), m(3), m("s"), m(""), m((1, 2)), m({"k": 9}), m(2.5))
