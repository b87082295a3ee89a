# A method call with 29 arguments: LOAD_ATTR method form and CALL 29.
class A:
    def m(self, *a):
        return len(a)
def g(o, x):
    return o.m(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print(g(A(), 1))
