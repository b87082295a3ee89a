# Default values are evaluated once at definition time, left to right, kw-only defaults included.
order = []
def mark(v):
    order.append(v)
    return v
def f(a=mark(1), b=mark([]), *, c=mark(3)):
    b.append(a)
    return b
print(order)
print(f(), f(), f(2, []))
