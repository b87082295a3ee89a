# UnboundLocalError is a subclass of NameError; a bare name missing everywhere is a plain NameError.
print(issubclass(UnboundLocalError, NameError), UnboundLocalError.__mro__[1].__name__)
def f():
    try:
        return local_later
    finally:
        pass
    local_later = 1
def g():
    return nowhere
for fn in (f, g):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e)
