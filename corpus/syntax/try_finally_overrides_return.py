# A return in finally overrides the try's return value and swallows an in-flight exception.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(f(), g(), h())
