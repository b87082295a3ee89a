# Bare raise re-raises the exception being handled; outside any handler it is a RuntimeError.
def reraise():
    try:
        int("x")
    except ValueError:
        print("  logging and re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print(type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def reraise_after_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise

try:
    reraise_after_other()
except Exception as e:
    print("re-raised:", type(e).__name__, e)

def helper():
    raise
try:
    try:
        raise TypeError("in handler")
    except TypeError:
        helper()
except TypeError as e:
    print("helper re-raised:", e)
