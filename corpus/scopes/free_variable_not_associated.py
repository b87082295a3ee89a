# Reading a closure variable before the enclosing function assigned it: NameError about a free variable.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    value = 1
    return inner()
print(outer())
def outer2():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + " | " + str(e)
print(outer2())
