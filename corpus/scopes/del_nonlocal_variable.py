# del of a nonlocal variable empties the shared cell: the closure then reports an unassociated free variable.
def outer():
    v = "here"
    def reader():
        return v
    def deleter():
        nonlocal v
        del v
    print(reader())
    deleter()
    try:
        reader()
    except NameError as e:
        print("NameError:", e)
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer())
