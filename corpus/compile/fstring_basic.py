# f-strings: FORMAT_SIMPLE per field, BUILD_STRING joining literal and formatted parts; a lone field is not joined.
def f(name, n):
    a = f"hello {name}!"
    b = f"{n}"
    c = f""
    d = f"plain"
    e = f"{name}{n}"
    return a, b, c, d, e
print(f("bob", 3))
