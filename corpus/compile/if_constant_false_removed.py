# if 0: / if False: / if None: / if '': bodies are removed; elif/else branches survive alone.
def f():
    out = []
    if 0:
        out.append("zero")
    if False:
        out.append("false")
    elif 1:
        out.append("elif-true")
    else:
        out.append("else")
    if None:
        out.append("none")
    else:
        out.append("else-none")
    if "":
        out.append("empty")
    return out
print(f())
