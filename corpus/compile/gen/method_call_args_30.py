# A method call with 30 arguments: no method form: LOAD_ATTR + PUSH_NULL + CALL 30.
class A:
    def m(self, *a):
        return len(a)
def g(o, x):
    return o.m(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print(g(A(), 1))
