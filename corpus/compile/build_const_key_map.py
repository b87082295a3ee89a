# A dict literal with all-constant keys uses BUILD_CONST_KEY_MAP; a single pair or a variable key uses BUILD_MAP.
def f(x, k):
    a = {"a": x, "b": 2, "c": x}
    b = {"only": x}
    c = {k: 1, "z": 2}
    d = {1: "a", 2.0: "b", (1, 2): x}
    e = {}
    return a, b, c, d, e
print(f(0, "key"))
