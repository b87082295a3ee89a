# An exception inside an inlined comprehension restores the saved iteration variable via the cleanup handler.
def f():
    x = "kept"
    try:
        [1 // x for x in (1, 0)]
    except ZeroDivisionError:
        pass
    return x
print(f())
