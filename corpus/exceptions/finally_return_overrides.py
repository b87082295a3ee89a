# A return in finally overrides the try's return value and silently discards a pending exception.
def override_value():
    try:
        return "from try"
    finally:
        return "from finally"

def swallow_exception():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

def swallow_in_except():
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("also lost")
    finally:
        return "both swallowed"

def finally_sees_value():
    x = "original"
    try:
        return x
    finally:
        x = "changed"
        print("  finally changed x to", x)

print(override_value())
print(swallow_exception())
print(swallow_in_except())
print(finally_sees_value())

def counter():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("  finally, n =", n)
print(counter())
