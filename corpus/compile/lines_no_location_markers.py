# Instructions without a source line print '--': MAKE_CELL, COPY_FREE_VARS and exception-cleanup code.
def outer(a):
    b = a + 1
    def inner():
        return a + b
    try:
        return inner()
    except Exception as e:
        return e
print(outer(1))
