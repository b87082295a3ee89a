# Nested try blocks give nested exception-table entries with increasing stack depth and re-raise through RERAISE.
def f(a, b):
    out = []
    try:
        try:
            out.append(1 // a)
        except ZeroDivisionError:
            out.append("inner")
            out.append(1 // b)
        finally:
            out.append("inner-finally")
    except ZeroDivisionError:
        out.append("outer")
    return out
print(f(1, 1))
print(f(0, 1))
print(f(0, 0))
