# Lines holding only a form feed (page breaks) between definitions are blank lines.
def f():
    return 1

def g():
    return 2

print(f(), g())
