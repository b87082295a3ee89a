# Exceptions raised in __del__ are not propagated; CPython reports them on stderr and continues.
class Bad:
    def __del__(self):
        print("  __del__ starts")
        raise ValueError("error inside __del__")

b = Bad()
print("deleting")
del b
print("program continues")
try:
    Bad()
    print("temporary also only reported")
except ValueError:
    print("never caught here")
print("done")
