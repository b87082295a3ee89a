# A decorator replaces the function with its return value; the wrapper sees args and result.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__, add.__qualname__)
